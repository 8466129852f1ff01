/**
 * AWS (non-proxy) Lambda integrations end to end: request templates build the event, response
 * templates map the result, and selection patterns match the function's errorMessage.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFunctionRuntime } from "../functions/index";
import type { FunctionRuntime } from "../functions/runtime";
import { createTestRuntime, putFunction } from "../functions/testing";
import type { Integration } from "../model/api-types";
import { rawRequest } from "../testing/client";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { method, snapshot } from "../testing/snapshots";

const API = "awslambda1";
let h: GatewayHarness;
let runtime: FunctionRuntime;

const uri = (fn: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${fn}/invocations`;

function aws(fn: string, extra: Partial<Integration> = {}): Integration {
  return {
    type: "AWS",
    httpMethod: "POST",
    uri: uri(fn),
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {
      "200": { statusCode: "200" },
      "400": {
        statusCode: "400",
        selectionPattern: "Invalid.*",
        responseTemplates: { "application/json": '{"problem": "$input.path(\'$.errorMessage\')"}' },
      },
      "404": {
        statusCode: "404",
        selectionPattern: "NotFound: .*",
        responseParameters: { "method.response.header.X-Error-Type": "'missing'" },
        responseTemplates: { "application/json": '#set($e = $util.parseJson($input.path(\'$.errorMessage\').substring(10)))' + '{"missing": "$e.id"}' },
      },
    },
    ...extra,
  };
}

beforeAll(async () => {
  h = await startGatewayHarness();
  runtime = createTestRuntime(h.tdb.db, h.tdb.dir);
  setFunctionRuntime(runtime);
  await putFunction(h.tdb.db, {
    name: "pets",
    files: {
      "index.mjs": `
        export const handler = async (event) => {
          if (event.id === "0") throw new Error('NotFound: {"id": "0"}');
          if (event.id === "bad") throw new Error("Invalid pet id");
          if (event.id === "boom") throw new RangeError("unexpected");
          return { received: event, pet: { id: event.id, name: "Rex" } };
        };`,
    },
  });
  await putFunction(h.tdb.db, { name: "sleepy", timeout: 5, files: { "index.mjs": "export const handler = async () => { await new Promise((r) => setTimeout(r, 2000)); return 1; };" } });
  h.deploy(
    snapshot(API, {
      "/": [],
      "/pets/{id}": [
        method(
          "GET",
          aws("pets", {
            requestTemplates: { "application/json": '{"id": "$input.params(\'id\')", "stage": "$context.stage", "flavour": "$stageVariables.flavour"}' },
            integrationResponses: {
              ...aws("pets").integrationResponses,
              "200": { statusCode: "200", responseTemplates: { "application/json": '{"name": "$input.path(\'$.pet.name\')", "id": "$input.path(\'$.pet.id\')"}' } },
            },
          }),
        ),
      ],
      "/raw": [method("POST", aws("pets"))],
      "/sleepy": [method("GET", aws("sleepy", { timeoutInMillis: 200 }))],
      "/async": [
        method(
          "POST",
          aws("sleepy", {
            requestParameters: { "integration.request.header.X-Amz-Invocation-Type": "'Event'" },
            integrationResponses: { "200": { statusCode: "200", responseTemplates: { "application/json": '{"accepted": true}' } } },
          }),
        ),
      ],
    }),
    "dev",
    { flavour: "vanilla" },
  );
});

afterAll(async () => {
  setFunctionRuntime(undefined);
  await runtime?.close();
  await h?.close();
});

describe("AWS Lambda (non-proxy) integration", () => {
  it("maps the request with the request template and the result with the response template", async () => {
    const res = await rawRequest(h.url(API, "/pets/7"));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ name: "Rex", id: "7" });
  });

  it("passes the payload through when no template matches, and the result back as it is", async () => {
    const res = await rawRequest(h.url(API, "/raw"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"id": "9", "extra": true}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ received: { id: "9", extra: true }, pet: { id: "9", name: "Rex" } });
  });

  it("selects the integration response by errorMessage", async () => {
    const missing = await rawRequest(h.url(API, "/raw"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"id": "0"}' });
    expect(missing.status).toBe(404);
    expect(missing.headers["x-error-type"]).toBe("missing");
    expect(JSON.parse(missing.body)).toEqual({ missing: "0" });
    const bad = await rawRequest(h.url(API, "/raw"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"id": "bad"}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ problem: "Invalid pet id" });
  });

  it("an error no pattern matches takes the default response, with Lambda's error document as the body", async () => {
    const res = await rawRequest(h.url(API, "/raw"), { method: "POST", headers: { "content-type": "application/json" }, body: '{"id": "boom"}' });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.errorType).toBe("RangeError");
    expect(body.errorMessage).toBe("unexpected");
    expect(Array.isArray(body.trace)).toBe(true);
  });

  it("a request body that is not JSON is refused as Lambda refuses it: 500", async () => {
    const res = await rawRequest(h.url(API, "/raw"), { method: "POST", headers: { "content-type": "application/json" }, body: "not json" });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({ message: "Internal server error" });
  });

  it("X-Amz-Invocation-Type mapped to 'Event' invokes asynchronously and answers at once", async () => {
    const res = await rawRequest(h.url(API, "/async"), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ accepted: true });
    await runtime.drain();
  });

  it("past the integration timeout: 504", async () => {
    const res = await rawRequest(h.url(API, "/sleepy"));
    expect(res.status).toBe(504);
    expect(JSON.parse(res.body)).toEqual({ message: "Endpoint request timed out" });
  });
});
