/**
 * cache-store: keeps a successful (2xx) method response of a caching method in the stage cache
 * for the method's TTL, when it fits AWS's largest cached response (1,048,576 bytes). A streamed
 * body is read into memory up to that size; a larger one streams on uncached.
 */
import { bufferUpTo } from "../caching/buffer-body";
import { IGNORED_CACHE_CONTROL_WARNING } from "../caching/cache-control";
import { stageCache } from "../caching/cache-plan";
import { encodeCachedResponse } from "../caching/cached-response";
import type { GatewayResponse, InvocationContext, ResponseCacheUse } from "../runtime/context";

/** "The maximum size of a response that can be cached is 1048576 bytes." */
export const MAX_CACHED_BODY_BYTES = 1_048_576;

async function cacheableBody(res: GatewayResponse): Promise<Buffer | null> {
  if (Buffer.isBuffer(res.body)) return res.body.length <= MAX_CACHED_BODY_BYTES ? res.body : null;
  const declared = Number(res.headers["content-length"]?.[0]);
  if (declared > MAX_CACHED_BODY_BYTES) return null;
  const read = await bufferUpTo(res.body, MAX_CACHED_BODY_BYTES);
  if ("stream" in read) {
    res.body = read.stream;
    return null;
  }
  res.body = read.buffer;
  return read.buffer;
}

/** Synchronous (no promise) for the requests of methods that do not cache. */
export function cacheStore(ctx: InvocationContext): void | Promise<void> {
  const use = ctx.cache;
  const res = ctx.response;
  if (!use || use.hit || !res) return;
  return store(ctx, use, res);
}

async function store(ctx: InvocationContext, use: ResponseCacheUse, res: GatewayResponse): Promise<void> {
  if (res.statusCode >= 200 && res.statusCode < 300) {
    const body = await cacheableBody(res);
    if (body) {
      await stageCache().set(use.key, encodeCachedResponse(res.statusCode, res.headers, body), use.ttlSeconds);
      ctx.log.add(`Method response stored in the stage cache for ${use.ttlSeconds} s`);
    } else ctx.log.add(`Method response not cached: larger than ${MAX_CACHED_BODY_BYTES} bytes`);
  }
  if (use.warn) res.headers.warning = [IGNORED_CACHE_CONTROL_WARNING];
}
