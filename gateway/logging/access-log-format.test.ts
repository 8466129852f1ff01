/**
 * Access log formats: AWS's console presets (CLF, JSON, XML, CSV from the developer guide's
 * "Access log formats") rendered for a real request context, "-" for absent values, and the
 * UpdateStage validation rules.
 */
import { describe, expect, it } from "vitest";
import { compileStage } from "../deployments/compiled-stage";
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { testContext } from "../testing/context";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import { ACCESS_LOG_PRESETS, accessLogFormatProblem, compileAccessLogFormat, parseAccessLogFormat } from "./access-log-format";
import { accessLogVariable, type AccessLogInput } from "./access-log-variables";

const AT = Date.UTC(2026, 10, 21, 6, 10, 4, 250); // 21/Nov/2026:06:10:04 +0000

/** GET /pets answered 200 with a 12-byte body, as the pipeline leaves a context. */
function finishedRequest(): InvocationContext {
  const api = snapshot("logapi0001", { "/": [], "/pets": [method("GET", mockIntegration("[]"))] });
  const ctx = testContext(api, { method: "GET", path: "/pets", headers: { host: ["logapi0001.execute-api.localhost"], "user-agent": ["curl/8.5.0"] } });
  const resource = ctx.stage!.resourcesById.get("_pets")!;
  ctx.route = { method: resource.methods.get("GET")!, pathParameters: {} };
  ctx.requestTimeEpoch = AT;
  ctx.response = { statusCode: 200, headers: {}, body: Buffer.from('[{"id": 1}]\n') };
  return ctx;
}

const render = (format: string, ctx: InvocationContext, extra: Partial<AccessLogInput> = {}) =>
  compileAccessLogFormat(format, accessLogVariable)({ ctx, accountId: "123456789012", responseLatency: 7, responseLength: 12, ...extra });

describe("access log format renderer", () => {
  it("renders AWS's CLF example", () => {
    const ctx = finishedRequest();
    expect(render(ACCESS_LOG_PRESETS.CLF, ctx)).toBe(
      `203.0.113.9 - - [21/Nov/2026:06:10:04 +0000]"GET /pets HTTP/1.1" 200 12 ${ctx.requestId} ${ctx.extendedRequestId}`,
    );
  });

  it("renders AWS's JSON example as JSON, with '-' for the caller and user it has no value for", () => {
    const ctx = finishedRequest();
    expect(JSON.parse(render(ACCESS_LOG_PRESETS.JSON, ctx))).toEqual({
      requestId: ctx.requestId,
      extendedRequestId: ctx.extendedRequestId,
      ip: "203.0.113.9",
      caller: "-",
      user: "-",
      requestTime: "21/Nov/2026:06:10:04 +0000",
      httpMethod: "GET",
      resourcePath: "/pets",
      status: "200",
      protocol: "HTTP/1.1",
      responseLength: "12",
    });
  });

  it("renders the XML and CSV examples", () => {
    const ctx = finishedRequest();
    expect(render(ACCESS_LOG_PRESETS.XML, ctx)).toContain(`<request id="${ctx.requestId}"> <extendedRequestId>${ctx.extendedRequestId}</extendedRequestId> <ip>203.0.113.9</ip> <caller>-</caller>`);
    expect(render(ACCESS_LOG_PRESETS.CSV, ctx)).toBe(
      `203.0.113.9,-,-,21/Nov/2026:06:10:04 +0000,GET,/pets,HTTP/1.1,200,12,${ctx.requestId},${ctx.extendedRequestId}`,
    );
  });

  it("prints the access-log-only variables: latencies, status, path, stage, error of a gateway refusal", () => {
    const ctx = finishedRequest();
    ctx.error = new GatewayError("THROTTLED", "Too Many Requests");
    ctx.response!.statusCode = 429;
    const line = render(
      "$context.status $context.responseLatency $context.integrationLatency $context.error.message|$context.error.messageString|$context.error.responseType $context.path $context.stage $context.apiId $context.accountId $context.domainPrefix $context.identity.userAgent $context.requestTimeEpoch",
      ctx,
    );
    expect(line).toBe(`429 7 - Too Many Requests|"Too Many Requests"|THROTTLED /dev/pets dev logapi0001 123456789012 logapi0001 curl/8.5.0 ${AT}`);
  });

  it("prints Lambda authorizer values and claims, and '-' for unknown variables and empty values", () => {
    const ctx = finishedRequest();
    ctx.authorizer = { principalId: "user-7", context: { tier: "gold", n: 3, ok: true }, claims: { email: "a@example.com" }, latencyMs: 12.4, cached: false };
    expect(render("$context.authorizer.principalId $context.authorizer.tier $context.authorizer.n $context.authorizer.ok $context.authorizer.claims.email $context.authorizer.latency", ctx)).toBe(
      "user-7 gold 3 true a@example.com 12",
    );
    expect(render("[$context.noSuchThing] [$context.waf.error] [$context.authorizer.missing]", ctx, { responseLength: undefined })).toBe("[-] [-] [-]");
  });

  it("accepts ${context.name}, stops a name at punctuation and drops the one trailing newline AWS allows", () => {
    const ctx = finishedRequest();
    expect(render("${context.status}-$context.httpMethod.$context.stage,$context.status\n", ctx)).toBe("200-GET.dev,200");
    expect(parseAccessLogFormat("a $context.identity.sourceIp.")).toEqual([{ text: "a " }, { variable: "identity.sourceIp" }, { text: "." }]);
  });

  it("uses the canary's deployment and flags canary requests", () => {
    const ctx = finishedRequest();
    ctx.stage = compileStage({ ...ctx.stage!.source, deploymentId: "dep777" });
    ctx.isCanary = true;
    expect(render("$context.deploymentId $context.isCanaryRequest", ctx)).toBe("dep777 true");
  });
});

describe("access log format validation (UpdateStage)", () => {
  it("accepts AWS's presets, a trailing newline, and either request id", () => {
    for (const format of Object.values(ACCESS_LOG_PRESETS)) expect(accessLogFormatProblem(format)).toBeNull();
    expect(accessLogFormatProblem("$context.requestId\n")).toBeNull();
    expect(accessLogFormatProblem("$context.extendedRequestId $context.status")).toBeNull();
    expect(accessLogFormatProblem("${context.requestId}")).toBeNull();
  });

  it("refuses a format without a request id, or on several lines, with AWS's messages", () => {
    expect(accessLogFormatProblem("$context.status")).toBe("Access Log format must include either $context.requestId or $context.extendedRequestId : '$context.status'");
    expect(accessLogFormatProblem("$context.requestIdentity")).toMatch(/must include either/);
    expect(accessLogFormatProblem("$context.requestId\n$context.status")).toBe(
      "Access Log format must be single line, new line character is allowed only at end of the format: '$context.requestId\n$context.status'",
    );
  });
});
