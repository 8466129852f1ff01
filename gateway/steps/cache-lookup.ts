/**
 * cache-lookup: when the method caches (see gateway/caching/cache-plan.ts), answers from the stage
 * cache: a hit sets the response, so the integration is not called. Works out the request's cache
 * key and what a `Cache-Control: max-age=0` from this caller means (gateway/caching/cache-control.ts).
 * Test-invoke never uses the cache, as in AWS.
 */
import { asksForFreshResponse, IGNORED_CACHE_CONTROL_WARNING, mayInvalidateCache } from "../caching/cache-control";
import { cachePlanFor, stageCache, type CachePlan } from "../caching/cache-plan";
import { decodeCachedResponse } from "../caching/cached-response";
import type { InvocationContext, ResponseCacheUse } from "../runtime/context";
import { cacheInvalidationDenied } from "../runtime/errors";

/** Synchronous (no promise) for the requests of methods that do not cache. */
export function cacheLookup(ctx: InvocationContext): void | Promise<void> {
  if (ctx.testInvoke || !ctx.stage || !ctx.route) return;
  const plan = cachePlanFor(ctx.stage, ctx.route.method);
  if (!plan || !plan.caches(ctx.request.method)) return;
  return lookup(ctx, plan);
}

async function lookup(ctx: InvocationContext, plan: CachePlan): Promise<void> {
  const use: ResponseCacheUse = { key: plan.keyFor(ctx), ttlSeconds: plan.ttlSeconds, hit: false, warn: false };
  let read = true;
  if (asksForFreshResponse(ctx.request.headers["cache-control"])) {
    if (mayInvalidateCache(plan)) {
      read = false;
      ctx.log.add("Cache-Control: max-age=0: invalidating the cache entry; calling the integration");
    } else if (plan.unauthorizedStrategy === "FAIL_WITH_403") {
      ctx.log.add("Cache-Control: max-age=0 from a caller not authorized to invalidate the cache (FAIL_WITH_403)");
      throw cacheInvalidationDenied();
    } else {
      use.warn = plan.unauthorizedStrategy === "SUCCEED_WITH_RESPONSE_HEADER";
      ctx.log.add("Cache-Control: max-age=0 ignored: the caller is not authorized to invalidate the cache");
    }
  }
  ctx.cache = use;
  if (!read) return;

  const stored = await stageCache().get(use.key);
  const response = stored && decodeCachedResponse(stored);
  if (!response) {
    ctx.log.add("Cache miss: calling the integration");
    return;
  }
  use.hit = true;
  if (use.warn) response.headers.warning = [IGNORED_CACHE_CONTROL_WARNING];
  ctx.response = response;
  ctx.log.add("Method response served from the stage cache (integration not called)");
  ctx.log.add(`Method completed with status: ${response.statusCode}`);
}
