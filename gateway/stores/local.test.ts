import { describe, expect, it } from "vitest";
import { createLocalStores } from "./local";
import { storeContract } from "./store-contract";

function fakeClock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

storeContract("memory", () => {
  const clock = fakeClock();
  return { stores: createLocalStores({ cacheMaxBytes: 1 << 20, clock: clock.now }), clock };
});

describe("memory stores", () => {
  it("answer the limiter synchronously (no promise per request)", () => {
    const stores = createLocalStores({ cacheMaxBytes: 1024 });
    expect(stores.limiter.take([{ key: "k", ratePerSecond: 1, burst: 1 }])).toBe(-1);
  });

  it("entries expire after their TTL", async () => {
    const clock = fakeClock();
    const cache = createLocalStores({ cacheMaxBytes: 1 << 20, clock: clock.now }).cache("stage");
    await cache.set("k", Buffer.from("v"), 300);
    clock.advance(299_999);
    expect((await cache.get("k"))?.toString()).toBe("v");
    clock.advance(1);
    expect(await cache.get("k")).toBeNull();
    expect(cache.size).toBe(0);
  });
});
