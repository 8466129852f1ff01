/**
 * The gateway's shared state behind small interfaces (Kong's habit): throttle buckets, the stage
 * response cache and authorizer result caches. In memory by default; Redis when REDIS_URL is set,
 * so several gateway processes share them. Implementations live next to this file; the process
 * gets its stores from index.ts.
 *
 * Both implementations fail open: a store that cannot be reached (Redis down) lets requests pass
 * and caches nothing, rather than failing the requests it was only meant to protect or speed up.
 */

/** A byte cache with per-entry TTL. Keys are namespaced by the caller (`cache(namespace)`). */
export interface KeyValueCache {
  get(key: string): Promise<Buffer | null>;
  /** `ttlSeconds` > 0; the entry is gone after it. */
  set(key: string, value: Buffer, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** One token bucket: refilled at `ratePerSecond` up to `burst` tokens; starts full. */
export interface TokenBucket {
  key: string;
  ratePerSecond: number;
  burst: number;
}

/** The answer of `RateLimiter.take` when every bucket had a token. */
export const PASSED = -1;

export interface RateLimiter {
  /**
   * Takes one token from every bucket, all or none: a refused request costs no bucket anything.
   * Returns PASSED (-1), or the index of the first bucket that had no token. The local limiter
   * answers synchronously (no promise per request).
   */
  take(buckets: readonly TokenBucket[]): number | Promise<number>;
}

export interface GatewayStores {
  readonly kind: "memory" | "redis";
  /**
   * The cache for one purpose ("stage" responses, "authorizer" results). Local caches are LRUs
   * bounded by `maxBytes` (default: ARCHWAY_CACHE_MAX_MB); Redis bounds itself (maxmemory).
   * Asking twice for a namespace gives the same cache.
   */
  cache(namespace: string, maxBytes?: number): KeyValueCache;
  limiter: RateLimiter;
  /** Resolves once the stores can answer (Redis connected, or given up on: they fail open). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Milliseconds from a monotonic (or at least non-decreasing) clock; injected by tests. */
export type Clock = () => number;
