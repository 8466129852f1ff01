/** The in-memory stores: one process's token buckets and LRU byte caches. */
import { LocalByteCache } from "./lru-cache";
import { LocalRateLimiter } from "./token-bucket";
import type { Clock, GatewayStores } from "./types";

export interface LocalStoreOptions {
  /** Default memory bound of each cache namespace. */
  cacheMaxBytes: number;
  clock?: Clock;
}

export interface LocalStores extends GatewayStores {
  readonly kind: "memory";
  limiter: LocalRateLimiter;
  cache(namespace: string, maxBytes?: number): LocalByteCache;
}

export function createLocalStores({ cacheMaxBytes, clock }: LocalStoreOptions): LocalStores {
  const caches = new Map<string, LocalByteCache>();
  return {
    kind: "memory",
    limiter: new LocalRateLimiter(clock),
    cache(namespace, maxBytes) {
      let cache = caches.get(namespace);
      if (!cache) caches.set(namespace, (cache = new LocalByteCache(maxBytes ?? cacheMaxBytes, clock)));
      return cache;
    },
    ready: () => Promise.resolve(),
    async close() {
      caches.clear();
    },
  };
}
