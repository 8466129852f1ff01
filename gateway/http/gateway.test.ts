/**
 * The gateway end to end in-process: a real SQLite file, the stage registry reading it, the HTTP
 * front on an ephemeral port, and real upstream servers.
 */
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StageRegistry } from "../deployments/stage-registry";
import { rawRequest } from "../testing/client";
import { createTestDatabase, deploySnapshot, type TestDatabase } from "../testing/database";
import { listen, startEchoUpstream, startServer, type RunningServer } from "../testing/servers";
import { httpProxyIntegration, method, mockIntegration, snapshot } from "../testing/snapshots";
import { createGatewayServer } from "./server";

const API = "petstore01";
let tdb: TestDatabase;
let registry: StageRegistry;
let gateway: RunningServer;
let upstream: RunningServer;
let slow: RunningServer;

const PETS = '[{"id": 1, "type": "dog"}, {"id": 2, "type": "cat"}]';

function petstore(upstreamUrl: string, slowUrl: string) {
  return snapshot(API, {
    "/": [],
    "/pets": [method("GET", mockIntegration(PETS))],
    "/pets/{petId}": [method("GET", httpProxyIntegration(`${upstreamUrl}/pets/{petId}`, "GET"))],
    "/slow": [method("GET", httpProxyIntegration(`${slowUrl}/slow`, "GET", 100))],
    "/down": [method("GET", httpProxyIntegration("http://127.0.0.1:1/nothing", "GET"))],
    "/{proxy+}": [method("ANY", httpProxyIntegration(`${upstreamUrl}/{proxy}`))],
  });
}

const url = (path: string, stage = "dev") => `${gateway.url}/restapis/${API}/${stage}/_user_request_${path}`;

beforeAll(async () => {
  tdb = createTestDatabase();
  upstream = await startEchoUpstream();
  slow = await startServer((_req, res) => {
    setTimeout(() => res.end("late"), 2000).unref();
  });
  deploySnapshot(tdb.db, petstore(upstream.url, slow.url), "dev");
  registry = new StageRegistry(tdb.db);
  registry.refresh();
  gateway = await listen(createGatewayServer({ registry }));
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
  await slow?.close();
  tdb?.close();
});

describe("MOCK integration", () => {
  it("answers with the integration response template", async () => {
    const res = await fetch(url("/pets"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual([{ id: 1, type: "dog" }, { id: 2, type: "cat" }]);
  });

  it("is reachable with the host-style invoke URL", async () => {
    const res = await rawRequest(`${gateway.url}/dev/pets`, { headers: { host: `${API}.execute-api.localhost:${gateway.port}` } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toHaveLength(2);
  });
});

describe("routing misses", () => {
  it.each([
    ["an unknown stage", () => url("/pets", "prod")],
    ["an unknown api", () => `${gateway.url}/restapis/nosuchapi0/dev/_user_request_/pets`],
    ["a resource without methods", () => url("/")],
  ])("%s gets 403 Missing Authentication Token", async (_label, target) => {
    const res = await fetch(target());
    expect(res.status).toBe(403);
    expect(res.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
    expect(await res.json()).toEqual({ message: "Missing Authentication Token" });
  });

  it("a verb the resource lacks gets 403", async () => {
    const res = await fetch(url("/pets"), { method: "DELETE" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ message: "Missing Authentication Token" });
  });

  it("a URL that is neither invoke style gets 403", async () => {
    const res = await fetch(`${gateway.url}/hello`);
    expect(res.status).toBe(403);
    expect(res.headers.get("x-amzn-requestid")).toBeTruthy();
  });
});

describe("HTTP_PROXY integration", () => {
  it("substitutes path parameters and passes query, headers and body", async () => {
    const res = await fetch(url("/pets/7?color=brown&tag=a&tag=b"), { headers: { "x-custom": "yes" } });
    expect(res.status).toBe(200);
    const echo = await res.json();
    expect(echo.method).toBe("GET");
    expect(echo.url).toBe("/pets/7?color=brown&tag=a&tag=b");
    expect(echo.headers["x-custom"]).toBe("yes");
    expect(echo.headers["x-amzn-apigateway-api-id"]).toBe(API);
    expect(echo.headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(echo.headers.host).toBe(`127.0.0.1:${upstream.port}`);
  });

  it("keeps repeated response headers such as Set-Cookie", async () => {
    const res = await fetch(url("/pets/7"));
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(res.headers.get("x-upstream")).toBe("echo");
  });

  it("routes a greedy path with any verb and body", async () => {
    const res = await fetch(url("/orders/42/items"), { method: "POST", body: '{"qty":3}', headers: { "content-type": "application/json" } });
    const echo = await res.json();
    expect(echo).toMatchObject({ method: "POST", url: "/orders/42/items", body: '{"qty":3}' });
  });

  it("answers 504 Endpoint request timed out when the backend is slower than timeoutInMillis", async () => {
    const res = await fetch(url("/slow"));
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ message: "Endpoint request timed out" });
  });

  it("answers a 5XX with AWS's message when the backend is unreachable", async () => {
    const res = await fetch(url("/down"));
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ message: "Internal server error" });
  });
});

describe("limits", () => {
  it("refuses a body over 10 MB by Content-Length with 413", async () => {
    const res = await rawRequest(url("/orders"), {
      method: "POST",
      headers: { "content-length": 10 * 1024 * 1024 + 1, "content-type": "application/octet-stream" },
      body: Buffer.alloc(0),
    }).catch((err) => ({ status: -1, body: String(err), headers: {} }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ message: "Request Too Long" });
  });
});

describe("live reload", () => {
  it("serves a new deployment after the revision moves, finishing requests in flight on the old one", async () => {
    const other = snapshot(API, { "/": [], "/pets": [method("GET", mockIntegration('{"version": 2}'))] });
    deploySnapshot(tdb.db, petstore(upstream.url, slow.url), "live");
    registry.refresh();
    // A request is in flight on the old deployment (its upstream answers after the swap).
    const hold = await startServer((_req, res) => {
      setTimeout(() => res.end("old deployment"), 300).unref();
    });
    const held = snapshot(API, { "/": [], "/hold": [method("GET", httpProxyIntegration(`${hold.url}/`, "GET"))] });
    deploySnapshot(tdb.db, held, "live");
    registry.refresh();
    const inFlight = fetch(url("/hold", "live"));
    await once(hold.server, "request");
    deploySnapshot(tdb.db, other, "live");
    expect(registry.refresh()).toBe(true);
    const [old, fresh] = await Promise.all([inFlight, fetch(url("/pets", "live"))]);
    expect(await old.text()).toBe("old deployment");
    expect(await fresh.json()).toEqual({ version: 2 });
    await hold.close();
  });
});

describe("request limits on the wire", () => {
  it("answers 414 for a URL over AWS's 10240-character limit", async () => {
    const res = await fetch(url(`/pets?q=${"x".repeat(10_300)}`));
    expect(res.status).toBe(414);
  });

  it("answers 431 for oversized headers and keeps serving", async () => {
    const res = await rawRequest(url("/pets"), { headers: { "x-big": "y".repeat(20_000) } }).catch(() => ({ status: 0, headers: {}, body: "" }));
    expect(res.status).toBe(431);
    expect((await fetch(url("/pets"))).status).toBe(200);
  });
});
