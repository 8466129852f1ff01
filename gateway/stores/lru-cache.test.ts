import { describe, expect, it } from "vitest";
import { LocalByteCache } from "./lru-cache";

const KB = 1024;
const value = (n: number, fill = 1) => Buffer.alloc(n, fill);

describe("LocalByteCache (TTL + LRU bounded by bytes)", () => {
  it("evicts the least recently used entries once over its byte bound", () => {
    const cache = new LocalByteCache(10 * KB, () => 0);
    cache.setNow("a", value(3 * KB), 60);
    cache.setNow("b", value(3 * KB), 60);
    cache.setNow("c", value(3 * KB), 60);
    expect(cache.getNow("a")).not.toBeNull(); // a is now the most recently used
    cache.setNow("d", value(3 * KB), 60); // over 10 KB: b goes, the oldest use
    expect(cache.getNow("b")).toBeNull();
    expect(["a", "c", "d"].map((k) => cache.getNow(k) !== null)).toEqual([true, true, true]);
    expect(cache.usedBytes).toBeLessThanOrEqual(10 * KB);
  });

  it("counts values, keys and per-entry overhead against the bound", () => {
    const cache = new LocalByteCache(4 * KB, () => 0);
    for (let i = 0; i < 100; i++) cache.setNow(`key-${i}`, value(10), 60);
    expect(cache.usedBytes).toBeLessThanOrEqual(4 * KB);
    expect(cache.size).toBeLessThan(100);
    expect(cache.getNow("key-99")).not.toBeNull();
    expect(cache.getNow("key-0")).toBeNull();
  });

  it("never keeps an entry larger than the whole bound, nor one with TTL 0", () => {
    const cache = new LocalByteCache(KB, () => 0);
    cache.setNow("small", value(10), 60);
    cache.setNow("huge", value(2 * KB), 60);
    cache.setNow("zero", value(10), 0);
    expect(cache.getNow("huge")).toBeNull();
    expect(cache.getNow("zero")).toBeNull();
    expect(cache.getNow("small")).not.toBeNull();
  });

  it("expires entries after their TTL (injected clock)", () => {
    let now = 5_000;
    const cache = new LocalByteCache(KB, () => now);
    cache.setNow("k", value(10), 2);
    now += 1_999;
    expect(cache.getNow("k")).not.toBeNull();
    now += 1;
    expect(cache.getNow("k")).toBeNull();
    expect(cache.usedBytes).toBe(0);
  });

  it("replacing an entry frees the old one's bytes", () => {
    const cache = new LocalByteCache(10 * KB, () => 0);
    cache.setNow("k", value(4 * KB), 60);
    const used = cache.usedBytes;
    cache.setNow("k", value(4 * KB, 2), 60);
    expect(cache.usedBytes).toBe(used);
    expect(cache.getNow("k")![0]).toBe(2);
  });
});
