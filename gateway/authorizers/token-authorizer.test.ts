/**
 * TOKEN Lambda authorizers end to end: real HTTP requests to a real gateway, real authorizer
 * functions in worker threads. Allow, explicit and implicit deny (AWS's bodies), 401 without a
 * call (missing token, validation expression), "Unauthorized" from the function, crashes and
 * malformed answers (500 with AWS's body), the result cache (one call for two requests, the
 * cached policy evaluated per request, a flush), the stage variable in the authorizer URI, the
 * result in `$context.authorizer` and the proxy event, TestInvokeMethod skipping authorizers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testInvoke } from "../runtime/test-invoke";
import { rawRequest } from "../testing/client";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import type { ApiSnapshot } from "../model/snapshot";
import { flushAuthorizerCache, guarded, lambdaAuthorizer, lambdaUri, proxy, startAuthorizerHarness, type AuthorizerHarness } from "./test-support";

const API = "tokenapi01";
const ARN = `arn:aws:execute-api:us-east-1:000000000000:${API}`;

/** Answers by token: allow, deny, exact (only this method ARN), elsewhere, get-only, unauthorized, crash, malformed. */
const TOKEN_FN = `export const handler = async (event) => {
  const t = event.authorizationToken;
  if (t === "unauthorized") throw new Error("Unauthorized");
  if (t === "crash") throw new Error("boom");
  if (t === "malformed") return { statusCode: 200, body: "allow" };
  if (t === "nested") return { principalId: "x", policyDocument: { Version: "2012-10-17", Statement: [] }, context: { deep: { a: 1 } } };
  const api = event.methodArn.split("/")[0];
  const resource = t.startsWith("exact") ? event.methodArn : t === "elsewhere" ? api + "/*/GET/elsewhere" : t === "get-only" ? api + "/dev/GET/*" : api + "/*";
  return {
    principalId: "user-" + t,
    policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: t.startsWith("deny") ? "Deny" : "Allow", Resource: resource }] },
    context: { role: "admin", num: 7, flag: true, methodArn: event.methodArn, keys: Object.keys(event).join(",") },
  };
};`;
const ALT_FN = `export const handler = async (event) => ({ principalId: "alt", policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: "*" }] } });`;
const ECHO = "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });";

const VTL = mockIntegration('{"principal":"$context.authorizer.principalId","role":"$context.authorizer.role","num":"$context.authorizer.num","flag":"$context.authorizer.flag"}');
VTL.integrationResponses!["200"].responseParameters = { "method.response.header.X-Role": "context.authorizer.role" };

let t: AuthorizerHarness;
let api: ApiSnapshot;

beforeAll(async () => {
  t = await startAuthorizerHarness({ tokenfn: TOKEN_FN, countedfn: TOKEN_FN, altfn: ALT_FN, echo: ECHO });
  const vtlMethod = guarded("GET", VTL, "plain");
  vtlMethod.methodResponses = { "200": { statusCode: "200", responseParameters: { "method.response.header.X-Role": false } } };
  api = snapshot(API, {
    "/": [method("GET", mockIntegration('{"open":true}'))],
    "/pets": [guarded("GET", proxy("echo"), "plain"), guarded("DELETE", mockIntegration('{"deleted":true}'), "plain")],
    "/vtl": [vtlMethod],
    "/cached": [guarded("GET", mockIntegration('{"cached":"$context.authorizer.principalId"}'), "cached")],
    "/cached/{id}": [guarded("GET", mockIntegration('{"cached":"$context.authorizer.principalId"}'), "cached")],
    "/validated": [guarded("GET", mockIntegration('{"ok":true}'), "validated")],
    "/stagevar": [guarded("GET", mockIntegration('{"principal":"$context.authorizer.principalId"}'), "stagevar")],
    "/cognito": [guarded("GET", mockIntegration("{}"), "cognito", "COGNITO_USER_POOLS")],
  });
  api.authorizers = {
    plain: lambdaAuthorizer("plain", "tokenfn"),
    cached: lambdaAuthorizer("cached", "countedfn", { authorizerResultTtlInSeconds: 300 }),
    validated: lambdaAuthorizer("validated", "tokenfn", { identityValidationExpression: "Bearer [a-z]+" }),
    stagevar: lambdaAuthorizer("stagevar", "", { authorizerUri: lambdaUri("${stageVariables.authFn}") }),
    cognito: {
      id: "cognito",
      name: "cognito",
      type: "COGNITO_USER_POOLS",
      providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc"],
      identitySource: "method.request.header.Authorization",
    },
  };
  t.h.deploy(api, "dev", { authFn: "tokenfn" });
  t.h.deploy(api, "alt", { authFn: "altfn" });
});

afterAll(async () => {
  await t?.close();
});

const get = (path: string, token?: string, stage = "dev", verb = "GET") =>
  rawRequest(t.h.url(API, path, stage), { method: verb, headers: token === undefined ? {} : { Authorization: token } });

describe("allow and deny", () => {
  it("lets an allowed request through to the integration", async () => {
    const res = await get("/pets", "allow");
    expect(res.status, res.body).toBe(200);
  });

  it("answers an explicit Deny with AWS's 403 body and error type", async () => {
    const res = await get("/pets", "deny");
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("AccessDeniedException");
    expect(JSON.parse(res.body)).toEqual({ Message: "User is not authorized to access this resource with an explicit deny" });
  });

  it("answers a policy that does not cover the method ARN with an implicit deny", async () => {
    expect((await get("/pets", "exact")).status).toBe(200); // the policy names this very method ARN
    const res = await get("/pets", "elsewhere");
    expect(res.status).toBe(403);
    expect(res.headers["x-amzn-errortype"]).toBe("AccessDeniedException");
    expect(JSON.parse(res.body)).toEqual({ Message: "User is not authorized to access this resource" });
  });

  it("leaves methods without an authorizer alone", async () => {
    expect((await get("/")).status).toBe(200);
  });
});

describe("401 Unauthorized", () => {
  it("refuses a request without the token header without calling the function", async () => {
    const before = t.invocations("countedfn");
    const res = await get("/cached");
    expect(res.status).toBe(401);
    expect(res.headers["x-amzn-errortype"]).toBe("UnauthorizedException");
    expect(JSON.parse(res.body)).toEqual({ message: "Unauthorized" });
    expect((await get("/cached", "")).status).toBe(401);
    expect(t.invocations("countedfn")).toBe(before);
  });

  it("refuses a token that fails the validation expression (the whole token must match)", async () => {
    expect((await get("/validated", "Bearer abc")).status).toBe(200);
    expect((await get("/validated", "Bearer abc1")).status).toBe(401);
    expect((await get("/validated", "allow")).status).toBe(401);
  });

  it("turns the function's own \"Unauthorized\" error into a 401", async () => {
    const res = await get("/pets", "unauthorized");
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ message: "Unauthorized" });
  });
});

describe("500 authorizer configuration errors", () => {
  it.each([
    ["a function error", "crash"],
    ["an answer that is not an authorizer output", "malformed"],
    ["a context value that is an object", "nested"],
  ])("answers %s with AWS's body", async (_what, token) => {
    const res = await get("/pets", token);
    expect(res.status).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("AuthorizerConfigurationException");
    expect(res.body).toBe('{"message":null}');
  });

  it("refuses Cognito user pool methods: there are no user pools to check tokens against", async () => {
    const res = await get("/cognito", "any-token");
    expect(res.status).toBe(500);
    expect(res.headers["x-amzn-errortype"]).toBe("AuthorizerConfigurationException");
  });
});

describe("the result cache", () => {
  it("calls the function once for two requests with the same token", async () => {
    const before = t.invocations("countedfn");
    expect((await get("/cached", "allow-cache-1")).status).toBe(200);
    const second = await get("/cached", "allow-cache-1");
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toEqual({ cached: "user-allow-cache-1" });
    expect(t.invocations("countedfn")).toBe(before + 1);
    expect((await get("/cached", "allow-cache-2")).status).toBe(200);
    expect(t.invocations("countedfn")).toBe(before + 2);
  });

  it("evaluates a cached policy against each request's own method ARN", async () => {
    const before = t.invocations("countedfn");
    expect((await get("/cached/1", "exact-cache")).status).toBe(200);
    const other = await get("/cached/2", "exact-cache");
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body)).toEqual({ Message: "User is not authorized to access this resource" });
    expect(t.invocations("countedfn")).toBe(before + 1);
  });

  it("starts over after FlushStageAuthorizersCache", async () => {
    await get("/cached", "allow-flush");
    await get("/cached", "allow-flush");
    const before = t.invocations("countedfn");
    flushAuthorizerCache(t.h.tdb.db, API, "dev");
    t.h.registry.refresh();
    expect((await get("/cached", "allow-flush")).status).toBe(200);
    expect(t.invocations("countedfn")).toBe(before + 1);
    expect((await get("/cached", "allow-flush")).status).toBe(200);
    expect(t.invocations("countedfn")).toBe(before + 1);
  });
});

describe("what the integration sees", () => {
  it("fills $context.authorizer in templates and parameter mappings, values stringified", async () => {
    const res = await get("/vtl", "allow-vtl");
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ principal: "user-allow-vtl", role: "admin", num: "7", flag: "true" });
    expect(res.headers["x-role"]).toBe("admin");
  });

  it("puts the result in the proxy event's requestContext.authorizer", async () => {
    const res = await get("/pets", "allow-proxy");
    const event = JSON.parse(res.body);
    const { integrationLatency, ...authorizer } = event.requestContext.authorizer;
    expect(authorizer).toEqual({
      role: "admin",
      num: "7",
      flag: "true",
      methodArn: `${ARN}/dev/GET/pets`,
      keys: "type,methodArn,authorizationToken",
      principalId: "user-allow-proxy",
    });
    expect(typeof integrationLatency).toBe("number");
    expect(Object.keys(event.requestContext).slice(0, 2)).toEqual(["resourceId", "authorizer"]);
  });

  it("evaluates the request's own verb in the method ARN", async () => {
    expect((await get("/pets", "get-only")).status).toBe(200);
    expect((await get("/pets", "get-only", "dev", "DELETE")).status).toBe(403);
  });

  it("substitutes stage variables in the authorizer URI", async () => {
    expect(JSON.parse((await get("/stagevar", "allow-sv")).body)).toEqual({ principal: "user-allow-sv" });
    expect(JSON.parse((await get("/stagevar", "allow-sv", "alt")).body)).toEqual({ principal: "alt" });
  });

  it("is skipped by TestInvokeMethod, as on AWS", async () => {
    const result = await testInvoke({ restApiId: API, stageName: "test-invoke-stage", deploymentId: "t", variables: {}, snapshot: api }, {
      resourceId: "_validated",
      httpMethod: "GET",
    });
    expect(result.status).toBe(200);
    expect(result.log).not.toContain("Starting authorizer");
  });
});
