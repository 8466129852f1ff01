/**
 * The stage cache over real HTTP: a real gateway on a real SQLite file, a real upstream on
 * 127.0.0.1 that counts what reaches it, in-memory stores on an injected clock (TTLs expire only
 * when a test moves the clock).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Integration, MethodSetting } from "../model/api-types";
import { testInvoke } from "../runtime/test-invoke";
import { startServer, type RunningServer } from "../testing/servers";
import { httpProxyIntegration, method, snapshot } from "../testing/snapshots";
import { metricTotals, startStoreGateway, type StoreGateway } from "../caching/test-gateway";

const API = "cache00001";

interface Upstream extends RunningServer {
  hits: string[];
}

/** Answers JSON naming the request and how many requests came before it. */
async function countingUpstream(): Promise<Upstream> {
  const hits: string[] = [];
  const server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    hits.push(`${req.method} ${req.url}`);
    const status = req.url?.startsWith("/fail") ? 500 : 200;
    res.writeHead(status, { "content-type": "application/json", "x-upstream": "yes" });
    res.end(JSON.stringify({ n: hits.length, method: req.method, url: req.url }));
  });
  return Object.assign(server, { hits });
}

const withKeys = (integration: Integration, cacheKeyParameters: string[]): Integration => ({ ...integration, cacheKeyParameters });

function api(upstream: string) {
  const proxy = (path: string, verb = "GET") => httpProxyIntegration(`${upstream}${path}`, verb);
  return snapshot(API, {
    "/": [],
    "/pets": [method("GET", withKeys(proxy("/pets"), ["method.request.querystring.type", "method.request.header.Accept-Language"])), method("POST", proxy("/pets", "POST"))],
    "/pets/{id}": [method("GET", proxy("/pets/{id}"))],
    "/owners/{id}": [method("GET", withKeys(proxy("/owners/{id}"), ["method.request.path.id"]))],
    "/fail": [method("GET", proxy("/fail"))],
  });
}

const caching = (over: MethodSetting = {}): MethodSetting => ({ cachingEnabled: true, cacheTtlInSeconds: 300, ...over });

let g: StoreGateway;
let upstream: Upstream;
beforeEach(async () => {
  upstream = await countingUpstream();
  g = await startStoreGateway();
  g.deploy(api(upstream.url));
});
afterEach(async () => {
  await g.close();
  await upstream.close();
});

async function get(path: string, init?: RequestInit & { stage?: string }) {
  const res = await fetch(g.url(API, path, init?.stage), init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

describe("stage cache: lookup and store", () => {
  it("a hit answers from the cache: the upstream is called once", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    const first = await get("/pets/1");
    const second = await get("/pets/1");
    expect(upstream.hits).toEqual(["GET /pets/1"]);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("x-upstream")).toBe("yes");
    expect(second.headers.get("content-type")).toBe("application/json");
    expect(second.headers.get("x-amzn-requestid")).not.toBe(first.headers.get("x-amzn-requestid"));
    expect(metricTotals(g, API)).toMatchObject({ count: 2, cacheHits: 1, cacheMisses: 1 });
  });

  it("without cacheKeyParameters, requests to other paths of the resource share the entry (as AWS)", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    expect((await get("/pets/2")).body).toMatchObject({ url: "/pets/1" });
    expect(upstream.hits).toHaveLength(1);
  });

  it("cache key parameters keep separate entries per value (path, query string, header)", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/owners/1");
    await get("/owners/2");
    expect((await get("/owners/1")).body).toMatchObject({ url: "/owners/1" });
    expect(upstream.hits).toEqual(["GET /owners/1", "GET /owners/2"]);

    await get("/pets?type=cat");
    await get("/pets?type=dog");
    expect((await get("/pets?type=cat&page=2")).body).toMatchObject({ url: "/pets?type=cat" }); // page is not a key
    await get("/pets?type=cat", { headers: { "accept-language": "fr" } });
    expect(upstream.hits.slice(2)).toEqual(["GET /pets?type=cat", "GET /pets?type=dog", "GET /pets?type=cat"]);
  });

  it("entries expire after the TTL", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching({ cacheTtlInSeconds: 60 }) } });
    await get("/pets/1");
    g.clock.advance(59_999);
    await get("/pets/1");
    expect(upstream.hits).toHaveLength(1);
    g.clock.advance(1);
    expect((await get("/pets/1")).body).toMatchObject({ n: 2 });
  });

  it("nothing is cached without the stage's cache cluster, with caching off, or with TTL 0", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: false, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    await get("/pets/1");
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching({ cachingEnabled: false }) } });
    await get("/pets/1");
    await get("/pets/1");
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching({ cacheTtlInSeconds: 0 }) } });
    await get("/pets/1");
    await get("/pets/1");
    expect(upstream.hits).toHaveLength(6);
    expect(metricTotals(g, API)).toMatchObject({ cacheHits: 0, cacheMisses: 0 });
  });

  it("a flush (cache epoch) makes earlier entries unreachable", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    await get("/pets/1");
    g.flush(API, "dev");
    expect((await get("/pets/1")).body).toMatchObject({ n: 2 });
    await get("/pets/1");
    expect(upstream.hits).toHaveLength(2);
  });

  it("stages have separate caches", async () => {
    g.deploy(api(upstream.url), "prod");
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    g.configure(API, "prod", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    await get("/pets/1", { stage: "prod" });
    expect(upstream.hits).toHaveLength(2);
  });

  it("test-invoke never reads nor fills the cache", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    const stage = { restApiId: API, stageName: "dev", deploymentId: "d", variables: {}, snapshot: api(upstream.url), cacheClusterEnabled: true, methodSettings: { "*/*": caching() } };
    const result = await testInvoke(stage, { resourceId: "_pets__id_", httpMethod: "GET", pathWithQueryString: "/pets/1" });
    expect(JSON.parse(result.body)).toMatchObject({ n: 2 });
    expect(upstream.hits).toHaveLength(2);
  });
});

describe("stage cache: GET by default, other verbs by their own entry", () => {
  it("stage-wide caching caches GET only", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets", { method: "POST", body: "{}" });
    await get("/pets", { method: "POST", body: "{}" });
    expect(upstream.hits).toEqual(["POST /pets", "POST /pets"]);
  });

  it("a POST method's own entry turns caching on for it", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "~1pets/POST": caching() } });
    await get("/pets", { method: "POST", body: "{}" });
    await get("/pets", { method: "POST", body: "{}" });
    expect(upstream.hits).toEqual(["POST /pets"]);
  });

  it("only 2XX responses are kept", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    expect((await get("/fail")).status).toBe(500);
    await get("/fail");
    expect(upstream.hits).toHaveLength(2);
  });
});

describe("stage cache: Cache-Control: max-age=0", () => {
  const fresh = { headers: { "cache-control": "max-age=0" } };

  it("without requireAuthorizationForCacheControl any client refreshes the entry", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching({ requireAuthorizationForCacheControl: false }) } });
    await get("/pets/1");
    expect((await get("/pets/1", fresh)).body).toMatchObject({ n: 2 });
    expect((await get("/pets/1")).body).toMatchObject({ n: 2 }); // the refreshed response replaced the entry
    expect(upstream.hits).toHaveLength(2);
  });

  it("FAIL_WITH_403: an unauthorized invalidation is refused with 403", async () => {
    g.configure(API, "dev", {
      cacheClusterEnabled: true,
      methodSettings: { "*/*": caching({ requireAuthorizationForCacheControl: true, unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" }) },
    });
    await get("/pets/1");
    const refused = await get("/pets/1", fresh);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-amzn-errortype")).toBe("AccessDeniedException");
    expect(refused.body).toEqual({ message: "Unauthorized" });
    expect(upstream.hits).toHaveLength(1);
  });

  it("SUCCEED_WITH_RESPONSE_HEADER: served from the cache as usual, with AWS's warning", async () => {
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching({ unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER" }) } });
    const miss = await get("/pets/1", fresh);
    expect(miss.headers.get("warning")).toBe("199 Cache-control headers were ignored because the caller was unauthorized.");
    const hit = await get("/pets/1", fresh);
    expect(hit.body).toMatchObject({ n: 1 });
    expect(hit.headers.get("warning")).toMatch(/^199 /);
    expect((await get("/pets/1")).headers.get("warning")).toBeNull(); // the warning is not cached
    expect(upstream.hits).toHaveLength(1);
  });

  it("SUCCEED_WITHOUT_RESPONSE_HEADER: served from the cache, no warning", async () => {
    g.configure(API, "dev", {
      cacheClusterEnabled: true,
      methodSettings: { "*/*": caching({ unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITHOUT_RESPONSE_HEADER" }) },
    });
    await get("/pets/1");
    const hit = await get("/pets/1", fresh);
    expect(hit.body).toMatchObject({ n: 1 });
    expect(hit.headers.get("warning")).toBeNull();
    expect(upstream.hits).toHaveLength(1);
  });
});

describe("stage cache: canary", () => {
  it("useStageCache: the canary reads the stage's entries", async () => {
    const canaryDeployment = g.deploy(api(upstream.url), "other");
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1"); // the base fills the entry
    g.configure(API, "dev", { canary: { percentTraffic: 100, deploymentId: canaryDeployment, useStageCache: true } });
    expect((await get("/pets/1")).body).toMatchObject({ n: 1 });
    expect(upstream.hits).toHaveLength(1);
  });

  it("without useStageCache the canary keeps its own entries", async () => {
    const canaryDeployment = g.deploy(api(upstream.url), "other");
    g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": caching() } });
    await get("/pets/1");
    g.configure(API, "dev", { canary: { percentTraffic: 100, deploymentId: canaryDeployment, useStageCache: false } });
    expect((await get("/pets/1")).body).toMatchObject({ n: 2 });
    expect((await get("/pets/1")).body).toMatchObject({ n: 2 });
    g.configure(API, "dev", { canary: null });
    expect((await get("/pets/1")).body).toMatchObject({ n: 1 });
    expect(upstream.hits).toHaveLength(2);
  });
});
