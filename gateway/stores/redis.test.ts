/** The stores against a real redis-server (started on a free port for this file). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStores, type RedisStores } from "./redis";
import { storeContract } from "./store-contract";
import { startRedisServer, type TestRedis } from "./test-redis-server";

let redis: TestRedis;
const opened: RedisStores[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
}, 30_000);

afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  await redis?.stop();
});

function open(opts: { clock?: () => number } = {}): RedisStores {
  const stores = createRedisStores({ url: redis.url, keyPrefix: `test${opened.length}:`, ...opts });
  opened.push(stores);
  return stores;
}

storeContract("redis", () => {
  let t = Date.UTC(2026, 0, 1);
  const stores = open({ clock: () => t });
  return { stores, clock: { advance: (ms) => void (t += ms) } };
});

describe("redis stores", () => {
  it("set uses PX: the entry carries the TTL in Redis", async () => {
    const stores = open();
    await stores.ready();
    await stores.cache("stage").set("ttl", Buffer.from("v"), 5);
    const pttl = await stores.client.pttl(`test${opened.length - 1}:cache:stage:ttl`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(5000);
  });

  it("two clients of one Redis share buckets and entries (two gateway processes)", async () => {
    const prefix = `shared${Date.now()}:`;
    const one = createRedisStores({ url: redis.url, keyPrefix: prefix });
    const two = createRedisStores({ url: redis.url, keyPrefix: prefix });
    opened.push(one, two);
    await Promise.all([one.ready(), two.ready()]);
    const bucket = { key: "m", ratePerSecond: 0, burst: 3 };
    const results = await Promise.all([one, two, one, two, one].map((s) => s.limiter.take([bucket])));
    expect(results.filter((r) => r === -1)).toHaveLength(3);
    await one.cache("stage").set("k", Buffer.from("from one"), 60);
    expect((await two.cache("stage").get("k"))?.toString()).toBe("from one");
  });

  it("uses Redis's own clock when none is given", async () => {
    const stores = open();
    await stores.ready();
    expect(await stores.limiter.take([{ key: "server-time", ratePerSecond: 1, burst: 1 }])).toBe(-1);
    expect(await stores.limiter.take([{ key: "server-time", ratePerSecond: 1, burst: 1 }])).toBe(0);
  });

  it("fails open when Redis cannot be reached: requests pass, caches miss", async () => {
    const stores = createRedisStores({ url: "redis://127.0.0.1:1", commandTimeoutMs: 200 });
    opened.push(stores);
    await stores.ready();
    expect(await stores.limiter.take([{ key: "k", ratePerSecond: 0, burst: 0 }])).toBe(-1);
    await stores.cache("stage").set("k", Buffer.from("v"), 60);
    expect(await stores.cache("stage").get("k")).toBeNull();
  });
});
