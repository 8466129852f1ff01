/**
 * The behaviour every GatewayStores implementation owes, as vitest cases run against each one
 * (memory in local.test.ts, a real redis-server in redis.test.ts) with an injected clock.
 */
import { describe, expect, it } from "vitest";
import { PASSED, type GatewayStores, type TokenBucket } from "./types";

export interface ContractClock {
  /** Moves the token buckets' clock forward. */
  advance(ms: number): void;
}

export function storeContract(name: string, make: () => { stores: GatewayStores; clock: ContractClock }) {
  const bucket = (key: string, ratePerSecond: number, burst: number): TokenBucket => ({ key, ratePerSecond, burst });
  const setup = async () => {
    const made = make();
    await made.stores.ready();
    return made;
  };
  let n = 0;
  const unique = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

  describe(`${name} stores: token buckets`, () => {
    it("a full bucket passes exactly its burst, then refills at the rate", async () => {
      const { stores, clock } = await setup();
      const b = bucket(unique("b"), 2, 3);
      const results: number[] = [];
      for (let i = 0; i < 5; i++) results.push(await stores.limiter.take([b]));
      expect(results).toEqual([PASSED, PASSED, PASSED, 0, 0]);
      clock.advance(500); // 2 tokens/s: one token back
      expect(await stores.limiter.take([b])).toBe(PASSED);
      expect(await stores.limiter.take([b])).toBe(0);
      clock.advance(10_000); // never more than the burst
      const again: number[] = [];
      for (let i = 0; i < 4; i++) again.push(await stores.limiter.take([b]));
      expect(again).toEqual([PASSED, PASSED, PASSED, 0]);
    });

    it("takes from every bucket or from none, and names the first empty one", async () => {
      const { stores } = await setup();
      const wide = bucket(unique("account"), 0, 10);
      const narrow = bucket(unique("method"), 0, 1);
      expect(await stores.limiter.take([wide, narrow])).toBe(PASSED);
      expect(await stores.limiter.take([wide, narrow])).toBe(1);
      expect(await stores.limiter.take([wide, narrow])).toBe(1);
      // The refusals cost the wide bucket nothing: 9 tokens are still there.
      const passed: number[] = [];
      for (let i = 0; i < 10; i++) passed.push(await stores.limiter.take([wide]));
      expect(passed.filter((r) => r === PASSED)).toHaveLength(9);
      expect(await stores.limiter.take([bucket(unique("empty"), 5, 0), wide])).toBe(0);
    });

    it("rate 0 never refills; burst 0 passes nothing", async () => {
      const { stores, clock } = await setup();
      const once = bucket(unique("once"), 0, 1);
      expect(await stores.limiter.take([once])).toBe(PASSED);
      clock.advance(3_600_000);
      expect(await stores.limiter.take([once])).toBe(0);
      const closed = bucket(unique("closed"), 0, 0);
      expect(await stores.limiter.take([closed])).toBe(0);
    });

    it("a lowered burst caps the tokens a bucket holds", async () => {
      const { stores } = await setup();
      const key = unique("resized");
      expect(await stores.limiter.take([bucket(key, 0, 10)])).toBe(PASSED);
      const after: number[] = [];
      for (let i = 0; i < 3; i++) after.push(await stores.limiter.take([bucket(key, 0, 2)]));
      expect(after).toEqual([PASSED, PASSED, 0]);
    });
  });

  describe(`${name} stores: caches`, () => {
    it("keeps bytes per namespace until deleted", async () => {
      const { stores } = await setup();
      const a = stores.cache(unique("ns"));
      const b = stores.cache(unique("ns"));
      const value = Buffer.from([0, 1, 2, 255, 254]);
      await a.set("k", value, 60);
      expect(await a.get("k")).toEqual(value);
      expect(await b.get("k")).toBeNull();
      await a.delete("k");
      expect(await a.get("k")).toBeNull();
    });

    it("a second set replaces the entry", async () => {
      const { stores } = await setup();
      const c = stores.cache(unique("ns"));
      await c.set("k", Buffer.from("one"), 60);
      await c.set("k", Buffer.from("two"), 60);
      expect((await c.get("k"))?.toString()).toBe("two");
    });
  });
}
