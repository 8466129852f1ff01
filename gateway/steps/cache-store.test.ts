/**
 * What the stage cache keeps: streamed (HTTP_PROXY) bodies up to AWS's 1,048,576-byte limit,
 * buffered (MOCK) responses, and never more than the limit, while the client always gets the
 * whole body. Real gateway, real SQLite, a real chunked upstream on 127.0.0.1.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../testing/servers";
import { httpProxyIntegration, method, mockIntegration, snapshot } from "../testing/snapshots";
import { startStoreGateway, type StoreGateway } from "../caching/test-gateway";
import { MAX_CACHED_BODY_BYTES } from "./cache-store";

const API = "cachest001";
let hits = 0;

/** /bytes/{n}: n bytes (a fill byte that changes per call), chunked unless ?length. */
async function byteUpstream(): Promise<RunningServer> {
  return startServer((req: IncomingMessage, res: ServerResponse) => {
    hits++;
    const url = new URL(req.url ?? "/", "http://upstream");
    const n = Number(url.pathname.split("/").pop());
    const fill = 97 + (hits % 26);
    if (url.searchParams.has("length")) res.setHeader("content-length", n);
    res.writeHead(200, { "content-type": "application/octet-stream" });
    const chunk = Buffer.alloc(64 * 1024, fill);
    let left = n;
    const write = () => {
      while (left > 0) {
        const part = chunk.subarray(0, Math.min(left, chunk.length));
        left -= part.length;
        if (!res.write(part)) return void res.once("drain", write);
      }
      res.end();
    };
    write();
  });
}

let g: StoreGateway;
let upstream: RunningServer;
beforeEach(async () => {
  hits = 0;
  upstream = await byteUpstream();
  g = await startStoreGateway();
  g.deploy(
    snapshot(API, {
      "/": [],
      "/bytes/{n}": [method("GET", { ...httpProxyIntegration(`${upstream.url}/bytes/{n}`, "GET"), cacheKeyParameters: ["method.request.path.n"] })],
      "/mock": [method("GET", mockIntegration('{"mock": true}'))],
    }),
  );
  g.configure(API, "dev", { cacheClusterEnabled: true, methodSettings: { "*/*": { cachingEnabled: true, cacheTtlInSeconds: 300 } } });
});
afterEach(async () => {
  await g.close();
  await upstream.close();
});

async function fetchBytes(path: string) {
  const res = await fetch(g.url(API, path));
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

describe("cache-store", () => {
  it("keeps a streamed body of exactly the largest cacheable size", async () => {
    const first = await fetchBytes(`/bytes/${MAX_CACHED_BODY_BYTES}`);
    const second = await fetchBytes(`/bytes/${MAX_CACHED_BODY_BYTES}`);
    expect(first.body.length).toBe(MAX_CACHED_BODY_BYTES);
    expect(second.body.equals(first.body)).toBe(true);
    expect(hits).toBe(1);
  });

  it("streams a larger chunked body whole, uncached", async () => {
    const size = MAX_CACHED_BODY_BYTES + 200_000;
    const first = await fetchBytes(`/bytes/${size}`);
    const second = await fetchBytes(`/bytes/${size}`);
    expect(first.body.length).toBe(size);
    expect(second.body.length).toBe(size);
    expect(first.body.every((b) => b === first.body[0])).toBe(true);
    expect(hits).toBe(2);
  });

  it("does not read a body whose Content-Length is over the limit", async () => {
    const size = MAX_CACHED_BODY_BYTES + 1;
    expect((await fetchBytes(`/bytes/${size}?length`)).body.length).toBe(size);
    await fetchBytes(`/bytes/${size}?length`);
    expect(hits).toBe(2);
  });

  it("keeps small streamed bodies and buffered (MOCK) responses", async () => {
    await fetchBytes("/bytes/10");
    expect((await fetchBytes("/bytes/10")).body.length).toBe(10);
    expect(hits).toBe(1);
    const mock = await fetch(g.url(API, "/mock"));
    expect(await mock.json()).toEqual({ mock: true });
    const again = await fetch(g.url(API, "/mock"));
    expect(await again.json()).toEqual({ mock: true });
    expect(g.stores.cache("stage").size).toBe(2);
  });
});
