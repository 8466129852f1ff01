/**
 * The gateway's shared state behind small interfaces (Kong's habit): throttle buckets, the stage
 * response cache and authorizer result caches. In memory by default; Redis when REDIS_URL is set,
 * so several gateway processes share them. Implementations live next to this file.
 */

/** A byte cache with per-entry TTL. Keys are namespaced by the caller. */
export interface KeyValueCache {
  get(key: string): Promise<Buffer | null>;
  set(key: string, value: Buffer, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Token buckets: `take` removes one token from bucket `key` (refilled at `ratePerSecond` up to `burst`). */
export interface RateLimiter {
  /** true when the request may pass. Local buckets answer synchronously. */
  take(key: string, ratePerSecond: number, burst: number): boolean | Promise<boolean>;
}

export interface GatewayStores {
  /** A cache for one purpose ("stage", "authorizer"); `maxBytes` bounds local memory. */
  cache(namespace: string, maxBytes?: number): KeyValueCache;
  limiter: RateLimiter;
  close(): Promise<void>;
}
