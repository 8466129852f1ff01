import type { InvocationContext } from "../runtime/context";
import type { RequestSample } from "./aggregator";

/**
 * The metrics sample of a finished request; null for requests aimed at no known stage. Requests
 * of a caching method count as a cache hit or miss (CloudWatch's CacheHitCount / CacheMissCount).
 */
export function sampleOf(ctx: InvocationContext): RequestSample | null {
  if (!ctx.stage) return null;
  return {
    restApiId: ctx.target.restApiId,
    stage: ctx.target.stageName,
    resourcePath: ctx.route?.method.resource.path ?? "",
    httpMethod: ctx.route ? ctx.request.method : "",
    canary: ctx.isCanary,
    status: ctx.response?.statusCode ?? 0,
    latencyMs: Number(process.hrtime.bigint() - ctx.startedAt) / 1e6,
    integrationLatencyMs: ctx.integrationLatencyMs,
    cache: ctx.cache ? (ctx.cache.hit ? "hit" : "miss") : undefined,
    at: ctx.requestTimeEpoch,
  };
}
