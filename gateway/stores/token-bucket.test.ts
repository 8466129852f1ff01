import { describe, expect, it } from "vitest";
import { LocalRateLimiter } from "./token-bucket";
import { PASSED } from "./types";

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("LocalRateLimiter (token buckets, injected clock)", () => {
  it("AWS's example: burst 5000 at 10000 rps, 10000 requests at once → 5000 pass", () => {
    const c = clock();
    const limiter = new LocalRateLimiter(c.now);
    const account = { key: "account", ratePerSecond: 10_000, burst: 5_000 };
    let passed = 0;
    for (let i = 0; i < 10_000; i++) if (limiter.take([account]) === PASSED) passed++;
    expect(passed).toBe(5_000);
  });

  it("AWS's example: 5000 at once, then 5000 at the 101st millisecond → 6000 pass", () => {
    const c = clock();
    const limiter = new LocalRateLimiter(c.now);
    const account = { key: "account", ratePerSecond: 10_000, burst: 5_000 };
    let passed = 0;
    for (let i = 0; i < 5_000; i++) if (limiter.take([account]) === PASSED) passed++;
    c.advance(100); // 1000 tokens back at 10000/s
    for (let i = 0; i < 5_000; i++) if (limiter.take([account]) === PASSED) passed++;
    expect(passed).toBe(6_000);
  });

  it("refills fractionally: at 0.5 rps a token needs two seconds", () => {
    const c = clock();
    const limiter = new LocalRateLimiter(c.now);
    const b = { key: "slow", ratePerSecond: 0.5, burst: 1 };
    expect(limiter.take([b])).toBe(PASSED);
    c.advance(1_999);
    expect(limiter.take([b])).toBe(0);
    c.advance(1);
    expect(limiter.tokens(b)).toBeCloseTo(1, 9);
    expect(limiter.take([b])).toBe(PASSED);
  });

  it("forgets idle buckets once they are full again, without changing what passes", () => {
    const c = clock();
    const limiter = new LocalRateLimiter(c.now);
    const b = { key: "idle", ratePerSecond: 1, burst: 2 };
    limiter.take([b]);
    limiter.take([b]);
    c.advance(120_000); // past the sweep interval; the bucket refilled long ago
    limiter.take([{ key: "other", ratePerSecond: 1, burst: 1 }]);
    expect(limiter.tokens(b)).toBe(2);
  });
});
