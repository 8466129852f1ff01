/**
 * HTTP (non-proxy) integrations end to end: parameter mapping, request/response templates,
 * selection patterns on the backend status, header mapping and binary conversions, against a
 * real upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Integration } from "../model/api-types";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { startServer, type RunningServer } from "../testing/servers";
import { method, snapshot } from "../testing/snapshots";

const API = "httpapi001";
let h: GatewayHarness;
let upstream: RunningServer;
const seen: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = [];

function http(uri: string, extra: Partial<Integration> = {}): Integration {
  return {
    type: "HTTP",
    httpMethod: "POST",
    uri,
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {
      "200": { statusCode: "200" },
      "404": { statusCode: "404", selectionPattern: "404", responseTemplates: { "application/json": '{"error": "no such pet: $input.params(\'petId\')"}' } },
      "500": { statusCode: "500", selectionPattern: "5\\d{2}", responseTemplates: { "application/json": '{"error": "backend failed"}' } },
    },
    ...extra,
  };
}

beforeAll(async () => {
  upstream = await startServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: body.toString("utf8") });
    if (req.url!.startsWith("/status/")) {
      res.statusCode = Number(req.url!.split("/")[2]);
      res.end('{"detail": "upstream said no"}');
      return;
    }
    if (req.url!.startsWith("/image")) {
      res.setHeader("content-type", "image/png");
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
      return;
    }
    res.setHeader("content-type", "application/json");
    res.setHeader("x-backend-version", "7");
    res.end(JSON.stringify({ pets: [{ id: 1, name: "Rex" }, { id: 2, name: "Tom" }], echo: body.toString("utf8") }));
  });
  h = await startGatewayHarness();
  const api = snapshot(API, {
    "/": [],
    "/pets/{petId}": [
      method(
        "POST",
        http(`${upstream.url}/backend/{id}`, {
          requestParameters: {
            "integration.request.path.id": "method.request.path.petId",
            "integration.request.querystring.kind": "method.request.querystring.type",
            "integration.request.header.x-stage": "stageVariables.flavour",
            "integration.request.header.x-fixed": "'constant'",
            "integration.request.header.x-caller-ip": "context.identity.sourceIp",
          },
          requestTemplates: { "application/json": '{"name": "$input.path(\'$.name\')", "pet": "$input.params(\'petId\')", "stage": "$context.stage"}' },
          integrationResponses: {
            "200": {
              statusCode: "200",
              responseParameters: {
                "method.response.header.X-Version": "integration.response.header.x-backend-version",
                "method.response.header.X-First-Pet": "integration.response.body.pets[0].name",
                "method.response.header.X-Static": "'yes'",
              },
              responseTemplates: { "application/json": '#set($p = $input.path(\'$.pets\'))[#foreach($pet in $p){"n": "$pet.name"}#if($foreach.hasNext),#end#end]' },
            },
          },
        }),
      ),
    ],
    "/status/{code}": [method("GET", http(`${upstream.url}/status/{code}`, { httpMethod: "GET" }))],
    "/strict": [method("POST", http(`${upstream.url}/strict`, { passthroughBehavior: "NEVER", requestTemplates: { "application/json": "{}" } }))],
    "/image": [method("GET", http(`${upstream.url}/image`, { httpMethod: "GET" }))],
    "/broken": [method("POST", http(`${upstream.url}/x`, { requestTemplates: { "application/json": '#set($x = $util.parseJson("not json"))$x' } }))],
  });
  api.api.binaryMediaTypes = ["image/png"];
  h.deploy(api, "dev", { flavour: "vanilla" });
});

afterAll(async () => {
  await h?.close();
  await upstream?.close();
});

describe("HTTP integration request", () => {
  it("maps parameters and renders the request template", async () => {
    seen.length = 0;
    const res = await fetch(h.url(API, "/pets/42?type=dog&ignored=1"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-not-forwarded": "1" },
      body: JSON.stringify({ name: "Rex" }),
    });
    expect(res.status).toBe(200);
    const req = seen[0];
    expect(req.method).toBe("POST");
    expect(req.url).toBe("/backend/42?kind=dog");
    expect(req.headers["x-stage"]).toBe("vanilla");
    expect(req.headers["x-fixed"]).toBe("constant");
    expect(req.headers["x-caller-ip"]).toBe("127.0.0.1");
    expect(req.headers["x-not-forwarded"]).toBeUndefined();
    expect(req.headers["user-agent"]).toBe(`AmazonAPIGateway_${API}`);
    expect(JSON.parse(req.body)).toEqual({ name: "Rex", pet: "42", stage: "dev" });
  });

  it("maps the response: headers from backend headers, body JSONPath and literals; template output", async () => {
    const res = await fetch(h.url(API, "/pets/1"), { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(res.headers.get("x-version")).toBe("7");
    expect(res.headers.get("x-first-pet")).toBe("Rex");
    expect(res.headers.get("x-static")).toBe("yes");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual([{ n: "Rex" }, { n: "Tom" }]);
  });

  it("answers 415 for a content type the templates do not cover when passthrough is NEVER", async () => {
    const res = await fetch(h.url(API, "/strict"), { method: "POST", body: "a=1", headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
    expect(res.headers.get("x-amzn-errortype")).toBe("UnsupportedMediaTypeException");
    expect(await res.json()).toEqual({ message: "Unsupported Media Type" });
  });

  it("answers 500 Internal server error when a template fails at run time, and keeps serving", async () => {
    const res = await fetch(h.url(API, "/broken"), { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: "Internal server error" });
    expect((await fetch(h.url(API, "/pets/1"), { method: "POST", body: "{}" })).status).toBe(200);
  });
});

describe("HTTP integration responses", () => {
  it.each([
    ["200", 200, null],
    ["404", 404, { error: "no such pet: " }],
    ["503", 500, { error: "backend failed" }],
    ["418", 200, { detail: "upstream said no" }], // no pattern matches: the default response
  ])("backend %s → method status %i", async (code, status, body) => {
    const res = await fetch(h.url(API, `/status/${code}`));
    expect(res.status).toBe(status);
    if (body) expect(await res.json()).toEqual(body);
  });
});

describe("binary payloads", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);

  it("returns a binary backend body as bytes when Accept is a binary media type", async () => {
    const res = await fetch(h.url(API, "/image"), { headers: { accept: "image/png" } });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
  });

  it("returns it base64-encoded when Accept is a text type", async () => {
    const res = await fetch(h.url(API, "/image"), { headers: { accept: "application/json" } });
    expect(await res.text()).toBe(png.toString("base64"));
  });
});
