/**
 * Wiring of the stores into a process: Redis when REDIS_URL is set, else memory. The gateway
 * (gateway/server.ts) creates them and registers them here; the throttle and cache steps (and
 * authorizer caches) read them from here. A process that registered none (the console's
 * test-invoke, which skips throttling and caching anyway) gets in-memory stores on first use.
 */
import { loadSettings, type Settings } from "../config/settings";
import { createLocalStores } from "./local";
import { createRedisStores } from "./redis";
import type { Clock, GatewayStores } from "./types";

// On globalThis: Next bundles a module once per route, and every route must share one set.
const G = globalThis as unknown as { archwayGatewayStores?: GatewayStores };

export function createGatewayStores(
  settings: Pick<Settings, "redisUrl" | "cacheMaxMb">,
  opts: { clock?: Clock } = {},
): GatewayStores {
  if (settings.redisUrl) return createRedisStores({ url: settings.redisUrl });
  return createLocalStores({ cacheMaxBytes: settings.cacheMaxMb * 1024 * 1024, clock: opts.clock });
}

export function setGatewayStores(stores: GatewayStores | undefined): void {
  G.archwayGatewayStores = stores;
}

export function getGatewayStores(): GatewayStores {
  if (!G.archwayGatewayStores) {
    const settings = loadSettings();
    G.archwayGatewayStores = createLocalStores({ cacheMaxBytes: settings.cacheMaxMb * 1024 * 1024 });
  }
  return G.archwayGatewayStores;
}

export type { GatewayStores, KeyValueCache, RateLimiter, TokenBucket } from "./types";
export { PASSED } from "./types";
