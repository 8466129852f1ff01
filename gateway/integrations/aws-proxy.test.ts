/**
 * AWS_PROXY end to end: a real gateway over a real SQLite file, real handlers in worker threads.
 * The proxy event's exact shape, the proxy response's validation and header merge, binary
 * payloads, stage variables choosing the alias, Lambda refusals and timeouts as API Gateway
 * reports them.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFunctionRuntime } from "../functions/index";
import type { FunctionLogSink } from "../functions/log-sink";
import type { FunctionRuntime } from "../functions/runtime";
import { createTestRuntime, publishVersion, putAlias, putFunction } from "../functions/testing";
import type { Integration } from "../model/api-types";
import { GatewayError } from "../runtime/errors";
import { rawRequest } from "../testing/client";
import { parseProxyResponse } from "./aws-proxy";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { method, snapshot } from "../testing/snapshots";

const API = "lambdaapi1";
const BARE = "lambdaapi2";
let h: GatewayHarness;
let runtime: FunctionRuntime;

export function lambdaUri(fn: string): string {
  return `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${fn}/invocations`;
}

function proxy(fn: string, timeoutInMillis = 29000): Integration {
  return { type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri(fn), passthroughBehavior: "WHEN_NO_MATCH", timeoutInMillis, cacheKeyParameters: [] };
}

const ECHO = "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });";

beforeAll(async () => {
  h = await startGatewayHarness();
  runtime = createTestRuntime(h.tdb.db, h.tdb.dir, { sinkOptions: { flushIntervalMs: 60_000 } });
  setFunctionRuntime(runtime);
  const db = h.tdb.db;
  await putFunction(db, { name: "echo", files: { "index.mjs": ECHO } });
  await putFunction(db, {
    name: "headers",
    files: {
      "index.js": `exports.handler = async () => ({
        statusCode: 201,
        headers: { "Content-Type": "text/plain", "X-Single": "one", "Set-Cookie": "a=1", "X-Num": 7 },
        multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"], "X-Multi": ["x", "y"] },
        body: "created",
      });`,
    },
  });
  const bad = (body: string) => ({ "index.mjs": `export const handler = async () => (${body});` });
  await putFunction(db, { name: "bodyobject", files: bad('{ statusCode: 200, body: { a: 1 } }') });
  await putFunction(db, { name: "nostatus", files: bad('{ body: "x" }') });
  await putFunction(db, { name: "extrafield", files: bad('{ statusCode: 200, body: "x", extra: true }') });
  await putFunction(db, { name: "plainstring", files: bad('"just a string"') });
  await putFunction(db, { name: "nobody", files: bad("{ statusCode: 204 }") });
  await putFunction(db, { name: "stringstatus", files: bad('{ statusCode: "404", body: "gone" }') });
  await putFunction(db, { name: "thrower", files: { "index.mjs": "export const handler = async () => { throw new Error('kaput'); };" } });
  await putFunction(db, { name: "throttled", reservedConcurrency: 0, files: { "index.mjs": ECHO } });
  await putFunction(db, { name: "looper", timeout: 1, files: { "index.mjs": "export const handler = async () => { for (;;) {} };" } });
  await putFunction(db, { name: "oom", files: { "index.mjs": "export const handler = async () => { const k = []; for (;;) k.push(new Array(1e5).fill(1.5)); };" } });
  await putFunction(db, {
    name: "binary",
    files: { "index.mjs": "export const handler = async (e) => ({ statusCode: 200, headers: { 'content-type': 'image/png' }, isBase64Encoded: true, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]).toString('base64') });" },
  });
  await putFunction(db, { name: "versions", files: { "index.mjs": "export const handler = async () => ({ statusCode: 200, body: 'v1' });" } });
  publishVersion(db, "versions");
  await putFunction(db, { name: "versions", files: { "index.mjs": "export const handler = async () => ({ statusCode: 200, body: 'v2' });" } });
  publishVersion(db, "versions");
  await putFunction(db, { name: "versions", files: { "index.mjs": "export const handler = async () => ({ statusCode: 200, body: 'latest' });" } });
  putAlias(db, "versions", "live", "1", { "2": 0.5 });

  const api = snapshot(API, {
    "/": [method("GET", proxy("echo"))],
    "/pets/{petId}": [method("ANY", proxy("echo"))],
    "/{proxy+}": [method("ANY", proxy("echo"))],
    "/headers": [method("GET", proxy("headers"))],
    "/bad/body-object": [method("GET", proxy("bodyobject"))],
    "/bad/no-status": [method("GET", proxy("nostatus"))],
    "/bad/extra-field": [method("GET", proxy("extrafield"))],
    "/bad/string": [method("GET", proxy("plainstring"))],
    "/no-body": [method("GET", proxy("nobody"))],
    "/string-status": [method("GET", proxy("stringstatus"))],
    "/throws": [method("GET", proxy("thrower"))],
    "/throttled": [method("GET", proxy("throttled"))],
    "/slow": [method("GET", proxy("looper", 300))],
    "/oom": [method("GET", proxy("oom"))],
    "/missing": [method("GET", proxy("doesnotexist"))],
    "/image": [method("GET", proxy("binary"))],
    "/upload": [method("POST", proxy("echo"))],
    "/versioned": [method("GET", { ...proxy("versions"), uri: lambdaUri("versions:${stageVariables.alias}") })],
  });
  api.api.binaryMediaTypes = ["image/png", "application/octet-stream"];
  h.deploy(api, "dev", { alias: "$LATEST", flavour: "vanilla" });
  h.deploy(api, "prod", { alias: "live" });
  h.deploy(snapshot(BARE, { "/": [method("GET", proxy("echo"))], "/x": [method("GET", proxy("echo"))] }), "test");
});

afterAll(async () => {
  setFunctionRuntime(undefined);
  await runtime?.close();
  await h?.close();
});

async function event(url: string, init?: Parameters<typeof rawRequest>[1]) {
  const res = await rawRequest(url, init);
  expect(res.status, res.body).toBe(200);
  return JSON.parse(res.body) as Record<string, any>;
}

describe("the proxy event (REST, payload format 1.0)", () => {
  it("has every top-level key, requestContext and identity field, in AWS's order", async () => {
    const e = await event(h.url(API, "/pets/42?color=red&color=blue&size=s"), {
      headers: { "X-Custom": "first", "User-Agent": "archway-test/1.0", Accept: "application/json" },
    });
    expect(Object.keys(e)).toEqual([
      "resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters",
      "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext", "body", "isBase64Encoded",
    ]);
    expect(Object.keys(e.requestContext)).toEqual([
      "resourceId", "resourcePath", "httpMethod", "extendedRequestId", "requestTime", "path", "accountId", "protocol",
      "stage", "domainPrefix", "requestTimeEpoch", "requestId", "identity", "domainName", "deploymentId", "apiId",
    ]);
    expect(Object.keys(e.requestContext.identity)).toEqual([
      "cognitoIdentityPoolId", "accountId", "cognitoIdentityId", "caller", "sourceIp", "principalOrgId", "accessKey",
      "cognitoAuthenticationType", "cognitoAuthenticationProvider", "userArn", "userAgent", "user",
    ]);
    expect(e).toMatchObject({
      resource: "/pets/{petId}",
      path: "/pets/42",
      httpMethod: "GET",
      queryStringParameters: { color: "blue", size: "s" },
      multiValueQueryStringParameters: { color: ["red", "blue"], size: ["s"] },
      pathParameters: { petId: "42" },
      stageVariables: { alias: "$LATEST", flavour: "vanilla" },
      body: null,
      isBase64Encoded: false,
    });
    const rc = e.requestContext;
    expect(rc).toMatchObject({
      resourceId: "_pets__petId_",
      resourcePath: "/pets/{petId}",
      httpMethod: "GET",
      path: "/dev/pets/42",
      accountId: "000000000000",
      protocol: "HTTP/1.1",
      stage: "dev",
      apiId: API,
    });
    expect(rc.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rc.extendedRequestId).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(rc.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(typeof rc.requestTimeEpoch).toBe("number");
    expect(rc.deploymentId).toMatch(/^dep\d+$/);
    expect(rc.identity).toEqual({
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: "127.0.0.1",
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: "archway-test/1.0",
      user: null,
    });
  });

  it("keeps header names as sent; headers holds the last value, multiValueHeaders all of them", async () => {
    // Repeated headers need exact bytes on the wire (fetch and http.request fold them).
    const url = new URL(h.url(API, "/pets/1"));
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nX-Repeat: a\r\nx-repeat: b\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n`,
        );
      });
      let out = "";
      socket.on("data", (c) => (out += c));
      socket.on("end", () => resolve(out));
      socket.on("error", reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    const res = JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4)) as Record<string, any>;
    expect(res.multiValueHeaders["X-Repeat"]).toEqual(["a"]);
    expect(res.multiValueHeaders["x-repeat"]).toEqual(["b"]);
    expect(res.headers["Content-Type"]).toBe("text/plain");
    expect(res.headers["X-Forwarded-For"]).toBe("127.0.0.1");
    expect(res.headers["X-Forwarded-Proto"]).toBe("http");
    expect(res.headers["X-Amzn-Trace-Id"]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(res.headers.Host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(res.multiValueHeaders.Host).toEqual([res.headers.Host]);
  });

  it("has nulls where AWS has nulls: no query, no path parameters, no stage variables, no body", async () => {
    const e = await event(h.url(BARE, "/x", "test"));
    expect(e.queryStringParameters).toBeNull();
    expect(e.multiValueQueryStringParameters).toBeNull();
    expect(e.pathParameters).toBeNull();
    expect(e.stageVariables).toBeNull();
    expect(e.body).toBeNull();
    const root = await event(h.url(BARE, "/", "test"));
    expect(root.resource).toBe("/");
    expect(root.path).toBe("/");
    expect(root.requestContext.path).toBe("/test/");
  });

  it("greedy path parameters and the body as text", async () => {
    const e = await event(h.url(API, "/a/b/c"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"n":1}' });
    expect(e.resource).toBe("/{proxy+}");
    expect(e.pathParameters).toEqual({ proxy: "a/b/c" });
    expect(e.body).toBe('{"n":1}');
    expect(e.isBase64Encoded).toBe(false);
    expect(e.httpMethod).toBe("POST");
  });

  it("a binary media type arrives base64-encoded with isBase64Encoded", async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const e = await event(h.url(API, "/upload"), { method: "POST", headers: { "content-type": "application/octet-stream" }, body: bytes });
    expect(e.isBase64Encoded).toBe(true);
    expect(Buffer.from(e.body, "base64")).toEqual(bytes);
  });
});

describe("the proxy response", () => {
  it("status, body, and headers merged with multiValueHeaders (a value in both appears once)", async () => {
    const res = await rawRequest(h.url(API, "/headers"));
    expect(res.status).toBe(201);
    expect(res.body).toBe("created");
    expect(res.headers["content-type"]).toBe("text/plain");
    expect(res.headers["x-single"]).toBe("one");
    expect(res.headers["x-num"]).toBe("7");
    expect(res.headers["set-cookie"]).toEqual(["a=1", "b=2"]);
    expect(res.headers["x-multi"]).toBe("x, y");
  });

  it("defaults Content-Type to application/json and accepts a missing body or a numeric-string status", async () => {
    const res = await rawRequest(h.url(API, "/no-body"));
    expect(res.status).toBe(204);
    expect(res.body).toBe("");
    const gone = await rawRequest(h.url(API, "/string-status"));
    expect(gone.status).toBe(404);
    expect(gone.headers["content-type"]).toBe("application/json");
  });

  it.each(["/bad/body-object", "/bad/no-status", "/bad/extra-field", "/bad/string"])("a malformed response (%s) is 502 Internal server error", async (path) => {
    const res = await rawRequest(h.url(API, path));
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body)).toEqual({ message: "Internal server error" });
    expect(res.headers["x-amzn-errortype"]).toBe("InternalServerErrorException");
  });

  it("a function error is 502 Internal server error", async () => {
    const res = await rawRequest(h.url(API, "/throws"));
    expect(res.status).toBe(502);
    expect(JSON.parse(res.body)).toEqual({ message: "Internal server error" });
  });

  it("base64 bodies are decoded for binary media types", async () => {
    const res = await fetch(h.url(API, "/image"), { headers: { accept: "image/png" } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]));
  });
});

describe("Lambda refusals, timeouts and crashes", () => {
  it("a throttled function is API Gateway's 500 Internal server error", async () => {
    const res = await rawRequest(h.url(API, "/throttled"));
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({ message: "Internal server error" });
  });

  it("an unknown function is a 500", async () => {
    const res = await rawRequest(h.url(API, "/missing"));
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({ message: "Internal server error" });
  });

  it("past the integration timeout the client gets 504 while the function is stopped at its own timeout", async () => {
    const res = await rawRequest(h.url(API, "/slow"));
    expect(res.status).toBe(504);
    expect(JSON.parse(res.body)).toEqual({ message: "Endpoint request timed out" });
    const sink = (runtime as unknown as { sink: FunctionLogSink }).sink;
    await expect
      .poll(
        () => {
          sink.flush();
          return (h.tdb.db.prepare("SELECT error FROM FunctionLog WHERE functionName = 'looper'").get() as { error?: string } | undefined)?.error;
        },
        { timeout: 5000, interval: 100 },
      )
      .toBe("Sandbox.Timedout");
  });

  it("an out-of-memory function costs one request, never the gateway", async () => {
    const res = await rawRequest(h.url(API, "/oom"));
    expect(res.status).toBe(502);
    const after = await rawRequest(h.url(API, "/pets/7"));
    expect(after.status).toBe(200);
  });
});

describe("integration URIs with stage variables", () => {
  it("a stage variable picks the alias: dev → $LATEST, prod → an alias splitting traffic", async () => {
    expect((await rawRequest(h.url(API, "/versioned", "dev"))).body).toBe("latest");
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) seen.add((await rawRequest(h.url(API, "/versioned", "prod"))).body);
    expect([...seen].sort()).toEqual(["v1", "v2"]);
  });
});

describe("parseProxyResponse (AWS's checks, no server)", () => {
  it("merges headers into multiValueHeaders case-insensitively; a value in both appears once", () => {
    const r = parseProxyResponse(
      JSON.stringify({
        statusCode: 200,
        headers: { "X-A": "1", "x-b": "solo", "Set-Cookie": "c=3" },
        multiValueHeaders: { "x-a": ["1", "2"], "set-cookie": ["a=1", "b=2"] },
        body: "ok",
      }),
    );
    expect(r.headers).toEqual({ "x-a": ["1", "2"], "x-b": ["solo"], "set-cookie": ["a=1", "b=2", "c=3"] });
    expect(r.body.toString()).toBe("ok");
    expect(r.isBase64Encoded).toBe(false);
  });

  it("accepts null members, a missing body and headers that are numbers or booleans", () => {
    const r = parseProxyResponse('{"statusCode": 302, "headers": {"Location": "/x", "X-N": 1, "X-B": true, "X-Null": null}, "multiValueHeaders": null, "body": null}');
    expect(r.statusCode).toBe(302);
    expect(r.headers).toEqual({ location: ["/x"], "x-n": ["1"], "x-b": ["true"] });
    expect(r.body.length).toBe(0);
  });

  it.each([
    ["not JSON", "{"],
    ["an array", "[]"],
    ["null", "null"],
    ["no statusCode", '{"body": "x"}'],
    ["a statusCode that is not a status", '{"statusCode": 99}'],
    ["a fractional statusCode", '{"statusCode": 200.5}'],
    ["a body that is an object", '{"statusCode": 200, "body": {"a": 1}}'],
    ["isBase64Encoded that is a string", '{"statusCode": 200, "isBase64Encoded": "true"}'],
    ["an unknown member", '{"statusCode": 200, "cookies": ["a=1"]}'],
    ["a header that is an object", '{"statusCode": 200, "headers": {"x": {"y": 1}}}'],
  ])("refuses %s as malformed (502)", (_why, payload) => {
    let err: GatewayError | undefined;
    try {
      parseProxyResponse(payload);
    } catch (e) {
      err = e as GatewayError;
    }
    expect(err).toBeInstanceOf(GatewayError);
    expect(err!.status).toBe(502);
    expect(err!.message).toBe("Internal server error");
  });
});
