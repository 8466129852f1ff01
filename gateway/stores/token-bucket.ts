/**
 * Token buckets in process memory, answered synchronously: the limiter the gateway uses without
 * Redis. A bucket starts full (`burst` tokens) and refills continuously at `ratePerSecond`, so a
 * burst of N requests against burst B passes exactly min(N, B) of them (AWS's token bucket:
 * "the burst is the maximum bucket size"). Rate 0 never refills; burst 0 passes nothing.
 */
import { PASSED, type Clock, type RateLimiter, type TokenBucket } from "./types";

interface BucketState {
  tokens: number;
  /** Clock time of the last refill. */
  at: number;
  ratePerSecond: number;
  burst: number;
}

/** How often (clock ms) idle, full buckets are forgotten, so per-client keys cannot pile up. */
const SWEEP_EVERY_MS = 60_000;

export class LocalRateLimiter implements RateLimiter {
  private readonly states = new Map<string, BucketState>();
  private nextSweep: number;

  constructor(private readonly now: Clock = () => performance.now()) {
    this.nextSweep = now() + SWEEP_EVERY_MS;
  }

  take(buckets: readonly TokenBucket[]): number {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now);
    for (let i = 0; i < buckets.length; i++) {
      const s = this.refilled(buckets[i], now);
      if (s.tokens < 1) {
        // All or none: give back what the buckets before this one lent.
        for (let j = 0; j < i; j++) this.states.get(buckets[j].key)!.tokens += 1;
        return i;
      }
      s.tokens -= 1;
    }
    return PASSED;
  }

  /** Tokens left in a bucket now (for tests and diagnostics); a bucket never used is full. */
  tokens(bucket: TokenBucket): number {
    return this.refilled(bucket, this.now()).tokens;
  }

  private refilled(b: TokenBucket, now: number): BucketState {
    let s = this.states.get(b.key);
    if (!s) {
      s = { tokens: b.burst, at: now, ratePerSecond: b.ratePerSecond, burst: b.burst };
      this.states.set(b.key, s);
      return s;
    }
    if (now > s.at) {
      s.tokens += ((now - s.at) * b.ratePerSecond) / 1000;
      s.at = now;
    }
    // Limits may have changed with a new stage load: never hold more than the current burst.
    if (s.tokens > b.burst) s.tokens = b.burst;
    s.ratePerSecond = b.ratePerSecond;
    s.burst = b.burst;
    return s;
  }

  private sweep(now: number) {
    this.nextSweep = now + SWEEP_EVERY_MS;
    for (const [key, s] of this.states) {
      const full = s.tokens + ((now - s.at) * s.ratePerSecond) / 1000 >= s.burst;
      if (full) this.states.delete(key); // a forgotten bucket comes back full: no behaviour change
    }
  }
}
