/**
 * Stage logs end to end in the gateway: a real SQLite file, real HTTP, the same onResponse wiring
 * as gateway/server.ts. INFO logs a request's lines (data trace adds headers and bodies), ERROR
 * keeps only failures, a route miss is logged under the stage-wide level, canary requests land in
 * their own group, access log lines follow the stage's format, OFF writes nothing, and the sink
 * writes on its timer and applies retention.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setCanary, setStageSettings } from "../testing/database";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { startServer, type RunningServer } from "../testing/servers";
import { httpProxyIntegration, method, mockIntegration, snapshot } from "../testing/snapshots";
import type { AccessLogSettings, MethodSetting } from "../model/api-types";
import { ACCESS_LOG_PRESETS } from "./access-log-format";
import { parseLogText } from "./log-lines";
import { GatewayLogSink } from "./log-sink";
import { requestLogRecords } from "./request-logs";

const API = "logsapi001";
let h: GatewayHarness;
let sink: GatewayLogSink;
let chunked: RunningServer;

interface Row {
  restApiId: string;
  stage: string;
  canary: number;
  kind: string;
  requestId: string;
  timestamp: number;
  status: number | null;
  error: string | null;
  text: string;
}

const api = (upstream: string) =>
  snapshot(API, {
    "/": [],
    "/pets": [method("GET", mockIntegration('[{"id": 1}]')), method("POST", mockIntegration('{"created": true}'))],
    "/broken": [method("GET", mockIntegration("{}", "not json"))],
    "/stream": [method("GET", httpProxyIntegration(`${upstream}/stream`, "GET"))],
  });

/** The dev stage's logging settings; what is not given is reset (no method settings, no access log). */
function configure(settings: { methodSettings?: Record<string, MethodSetting>; accessLogSettings?: AccessLogSettings | null }) {
  setStageSettings(h.tdb.db, API, "dev", { methodSettings: settings.methodSettings ?? {}, accessLogSettings: settings.accessLogSettings ?? null });
  h.registry.refresh();
}

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(h.url(API, path), init);
  await res.arrayBuffer();
  return { status: res.status, requestId: res.headers.get("x-amzn-requestid")! };
}

function rows(kind?: "execution" | "access"): Row[] {
  sink.flush();
  const all = h.tdb.db.prepare("SELECT * FROM GatewayLog ORDER BY id").all() as Row[];
  return kind ? all.filter((r) => r.kind === kind) : all;
}

const messages = (row: Row) => parseLogText(row.text).map((e) => e.message);

beforeAll(async () => {
  chunked = await startServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" }); // no Content-Length: chunked
    res.write("hello ");
    res.end("world");
  });
  h = await startGatewayHarness({
    onResponse(ctx) {
      const records = requestLogRecords(ctx, "123456789012");
      if (records) sink.record(records);
    },
  });
  sink = new GatewayLogSink(h.tdb.db);
  h.deploy(api(chunked.url), "dev");
});
afterEach(() => {
  sink.flush();
  h.tdb.db.prepare("DELETE FROM GatewayLog").run();
  setCanary(h.tdb.db, API, "dev", null);
  configure({});
});
afterAll(async () => {
  await h?.close();
  await chunked?.close();
});

describe("execution logs", () => {
  it("INFO logs a request's lines as AWS writes them and the sink stores them", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "INFO" } } });
    const { requestId } = await call("/pets");
    const [row] = rows("execution");
    expect(row).toMatchObject({ restApiId: API, stage: "dev", canary: 0, requestId, status: 200, error: null });
    expect(row.text.split("\n")[0]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(${requestId}\\) Extended Request Id: `));
    expect(messages(row)).toEqual([
      expect.stringMatching(/^Extended Request Id: .+=$/),
      `Starting execution for request: ${requestId}`,
      "HTTP Method: GET, Resource Path: /pets",
      "Received response. Status: 200, Integration latency: 0 ms",
      "Successfully completed execution",
      "Method completed with status: 200",
    ]);
  });

  it("data trace adds the method request (credentials masked) and the bodies before and after transformations", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "INFO", dataTraceEnabled: true } } });
    await call("/pets", { method: "POST", body: '{"name": "Rex"}', headers: { "content-type": "application/json", Authorization: "Bearer secret-token-1234" } });
    const lines = messages(rows("execution")[0]);
    expect(lines).toContain("Method request path: {}");
    expect(lines).toContain('Method request body before transformations: {"name": "Rex"}');
    expect(lines.find((l) => l.startsWith("Method request headers: "))).toMatch(/Authorization=\*+1234/);
    expect(lines.join("\n")).not.toContain("secret-token");
    expect(lines).toContain('Endpoint request body after transformations: {"statusCode": 200}');
    expect(lines).toContain('Method response body after transformations: {"created": true}');
  });

  it("data trace masks the credentials an HTTP proxy integration forwards, and logs the streamed body it buffers", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "INFO", dataTraceEnabled: true } } });
    await call("/stream", { headers: { authorization: "Basic dXNlcjpzZWNyZXQtcGFzcw==", "x-api-key": "key-0123456789abcdef" } });
    const lines = messages(rows("execution")[0]);
    const endpointHeaders = lines.find((l) => l.startsWith("Endpoint request headers: "))!;
    expect(endpointHeaders).toMatch(/authorization=\*+cw==/);
    expect(endpointHeaders).toMatch(/x-api-key=\*+cdef/);
    expect(lines.join("\n")).not.toMatch(/dXNlcjpz|key-0123/);
    expect(lines).toContain("Endpoint response body before transformations: hello world");
    expect(lines).toContain("Method response body after transformations: hello world");
  });

  it("ERROR keeps only the failures, with why", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "ERROR" } } });
    await call("/pets");
    const { status, requestId } = await call("/broken");
    expect(status).toBe(500);
    const logged = rows("execution");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId, status: 500, error: "API_CONFIGURATION_ERROR" });
    expect(messages(logged[0])).toEqual([
      "Execution failed due to configuration error: MOCK request template did not produce JSON: not json",
      "Gateway response type: API_CONFIGURATION_ERROR with status code: 500",
      "Method completed with status: 500",
    ]);
  });

  it("follows the method's own setting over the stage-wide one", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "OFF" }, "~1broken/GET": { loggingLevel: "INFO" } } });
    await call("/pets");
    const { requestId } = await call("/broken");
    expect(rows("execution").map((r) => r.requestId)).toEqual([requestId]);
  });

  it("logs a request that matches no method under the stage-wide level: why it was a 403", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "ERROR" } } });
    const { status, requestId } = await call("/nope");
    expect(status).toBe(403);
    const [row] = rows("execution");
    expect(row).toMatchObject({ requestId, status: 403, error: "MISSING_AUTHENTICATION_TOKEN" });
    expect(messages(row)).toEqual([
      "Execution failed: no resource and method match GET /nope",
      "Gateway response type: MISSING_AUTHENTICATION_TOKEN with status code: 403",
      "Method completed with status: 403",
    ]);
  });

  it("OFF writes nothing and queues nothing", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "OFF", dataTraceEnabled: true } } });
    await call("/pets");
    await call("/broken");
    expect(sink.flush()).toBe(0);
    expect(rows()).toEqual([]);
  });
});

describe("canary requests", () => {
  it("land in the canary log group (canary = 1), base requests in the stage's", async () => {
    configure({ methodSettings: { "*/*": { loggingLevel: "INFO" } }, accessLogSettings: { format: "$context.requestId $context.status" } });
    setCanary(h.tdb.db, API, "dev", { percentTraffic: 100 });
    h.registry.refresh();
    const canary = await call("/pets");
    setCanary(h.tdb.db, API, "dev", { percentTraffic: 0 });
    h.registry.refresh();
    const base = await call("/pets");
    const logged = rows().map((r) => [r.kind, r.requestId, r.canary]);
    expect(logged).toEqual([
      ["execution", canary.requestId, 1],
      ["access", canary.requestId, 1],
      ["execution", base.requestId, 0],
      ["access", base.requestId, 0],
    ]);
  });
});

describe("access logs", () => {
  it("writes one line per request in the stage's format, failures included", async () => {
    configure({ accessLogSettings: { format: ACCESS_LOG_PRESETS.JSON, destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:access" } });
    const ok = await call("/pets");
    const failed = await call("/broken");
    const logged = rows("access");
    expect(rows("execution")).toEqual([]);
    expect(logged.map((r) => [r.requestId, r.status, r.error])).toEqual([
      [ok.requestId, 200, null],
      [failed.requestId, 500, "API_CONFIGURATION_ERROR"],
    ]);
    expect(JSON.parse(logged[0].text)).toMatchObject({ requestId: ok.requestId, ip: "127.0.0.1", caller: "-", httpMethod: "GET", resourcePath: "/pets", status: "200", protocol: "HTTP/1.1", responseLength: "11" });
    expect(JSON.parse(logged[1].text)).toMatchObject({ status: "500", responseLength: String(JSON.stringify({ message: "Internal server error" }).length) });
  });

  it("counts a streamed body without Content-Length for $context.responseLength", async () => {
    configure({ accessLogSettings: { format: "$context.requestId $context.status $context.responseLength $context.integration.status" } });
    const { requestId } = await call("/stream");
    expect(rows("access")[0].text).toBe(`${requestId} 200 11 200`);
  });
});

describe("the sink", () => {
  it("writes on its timer, without an explicit flush", async () => {
    configure({ accessLogSettings: { format: "$context.requestId" } });
    const timed = new GatewayLogSink(h.tdb.db, { flushIntervalMs: 20 });
    timed.record([{ restApiId: API, stage: "dev", canary: false, kind: "access", requestId: "timer-1", timestamp: Date.now(), status: 200, error: null, text: "timer-1" }]);
    timed.start();
    try {
      await expect.poll(() => h.tdb.db.prepare("SELECT COUNT(*) AS n FROM GatewayLog WHERE requestId = 'timer-1'").get()).toEqual({ n: 1 });
    } finally {
      timed.stop();
    }
  });

  it("deletes logs past the retention age and past the count per log group", () => {
    const now = Date.UTC(2026, 10, 21, 12);
    const small = new GatewayLogSink(h.tdb.db, { retentionMs: 3600_000, maxPerGroup: 2 });
    const record = (requestId: string, ageMs: number, canary = false) => ({
      restApiId: API, stage: "dev", canary, kind: "access" as const, requestId, timestamp: now - ageMs, status: 200, error: null, text: requestId,
    });
    small.record([record("too-old", 2 * 3600_000), record("a", 4000), record("b", 3000), record("c", 2000), record("d", 1000), record("canary-old", 5000, true)]);
    small.flush();
    small.prune(now);
    const kept = h.tdb.db.prepare("SELECT requestId FROM GatewayLog ORDER BY timestamp").all() as { requestId: string }[];
    expect(kept.map((r) => r.requestId)).toEqual(["canary-old", "c", "d"]);
  });
});
