/**
 * REQUEST Lambda authorizers end to end: identity sources from a header, a query string and a
 * stage variable (all required, all in the cache key), the 1.0 request event as the function
 * receives it, and AWS's rule that sources are checked only when results are cached.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "../testing/client";
import { mockIntegration, snapshot } from "../testing/snapshots";
import { guarded, lambdaAuthorizer, proxy, startAuthorizerHarness, type AuthorizerHarness } from "./test-support";

const API = "reqapi0001";

/** Allows a request that names a user; hands the event it received back in its context. */
const REQUEST_FN = `export const handler = async (event) => ({
  principalId: event.headers && (event.headers["X-User"] || event.headers["x-user"]) || "nobody",
  policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: event.headers && (event.headers["X-User"] || event.headers["x-user"]) ? "Allow" : "Deny", Resource: event.methodArn.split("/")[0] + "/*" }] },
  context: { event: JSON.stringify(event) },
});`;
const ECHO = "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });";

let t: AuthorizerHarness;

beforeAll(async () => {
  t = await startAuthorizerHarness({ requestfn: REQUEST_FN, nocachefn: REQUEST_FN, echo: ECHO });
  const api = snapshot(API, {
    "/orders/{id}": [guarded("GET", proxy("echo"), "multi")],
    "/open-door": [guarded("GET", mockIntegration('{"principal":"$context.authorizer.principalId"}'), "nocache")],
  });
  api.authorizers = {
    multi: lambdaAuthorizer("multi", "requestfn", {
      type: "REQUEST",
      identitySource: "method.request.header.X-User, method.request.querystring.tenant,stageVariables.realm",
      authorizerResultTtlInSeconds: 300,
    }),
    nocache: lambdaAuthorizer("nocache", "nocachefn", { type: "REQUEST", identitySource: "method.request.header.X-User", authorizerResultTtlInSeconds: 0 }),
  };
  t.h.deploy(api, "dev", { realm: "eu" });
  t.h.deploy(api, "norealm", {});
});

afterAll(async () => {
  await t?.close();
});

const get = (path: string, headers: Record<string, string> = {}, stage = "dev") => rawRequest(t.h.url(API, path, stage), { headers });

function eventOf(body: string): Record<string, any> {
  return JSON.parse(JSON.parse(body).requestContext.authorizer.event);
}

describe("REQUEST authorizer with several identity sources", () => {
  it("sends the 1.0 request event and lets an allowed request through", async () => {
    const res = await get("/orders/7?tenant=acme&tenant=beta", { "X-User": "ada", "X-Other": "1" });
    expect(res.status, res.body).toBe(200);
    const e = eventOf(res.body);
    expect(Object.keys(e)).toEqual([
      "type", "methodArn", "resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters",
      "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext",
    ]);
    expect(e).toMatchObject({
      type: "REQUEST",
      methodArn: `arn:aws:execute-api:us-east-1:000000000000:${API}/dev/GET/orders/7`,
      resource: "/orders/{id}",
      path: "/orders/7",
      httpMethod: "GET",
      queryStringParameters: { tenant: "beta" },
      multiValueQueryStringParameters: { tenant: ["acme", "beta"] },
      pathParameters: { id: "7" },
      stageVariables: { realm: "eu" },
      requestContext: { resourcePath: "/orders/{id}", httpMethod: "GET", stage: "dev", apiId: API, path: "/dev/orders/7" },
    });
    expect(e.headers).toMatchObject({ "X-User": "ada", "X-Other": "1" });
    expect(e.multiValueHeaders["X-User"]).toEqual(["ada"]);
    expect(e.requestContext.authorizer).toBeUndefined();
    expect(JSON.parse(res.body).requestContext.authorizer.principalId).toBe("ada");
  });

  it.each([
    ["the header", "/orders/1?tenant=acme", {}, "dev"],
    ["the query string", "/orders/1", { "X-User": "ada" }, "dev"],
    ["an empty query string value", "/orders/1?tenant=", { "X-User": "ada" }, "dev"],
    ["the stage variable", "/orders/1?tenant=acme", { "X-User": "ada" }, "norealm"],
  ])("answers 401 without calling the function when %s is missing", async (_what, path, headers, stage) => {
    const before = t.invocations("requestfn");
    const res = await get(path, headers, stage);
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ message: "Unauthorized" });
    expect(t.invocations("requestfn")).toBe(before);
  });

  it("caches by all identity sources together", async () => {
    const before = t.invocations("requestfn");
    await get("/orders/1?tenant=cache-a", { "X-User": "grace" });
    await get("/orders/2?tenant=cache-a", { "X-User": "grace" });
    expect(t.invocations("requestfn")).toBe(before + 1);
    await get("/orders/1?tenant=cache-b", { "X-User": "grace" });
    await get("/orders/1?tenant=cache-a", { "X-User": "linus" });
    expect(t.invocations("requestfn")).toBe(before + 3);
  });
});

describe("REQUEST authorizer without caching", () => {
  it("calls the function even when an identity source is missing (sources are checked only when caching)", async () => {
    const before = t.invocations("nocachefn");
    const res = await get("/open-door");
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ Message: "User is not authorized to access this resource with an explicit deny" });
    expect(t.invocations("nocachefn")).toBe(before + 1);
    const allowed = await get("/open-door", { "x-user": "ada" });
    expect(JSON.parse(allowed.body)).toEqual({ principal: "ada" });
    expect(t.invocations("nocachefn")).toBe(before + 2);
  });
});
