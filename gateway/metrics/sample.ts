import type { InvocationContext } from "../runtime/context";
import type { RequestSample } from "./aggregator";

/** The metrics sample of a finished request; null for requests aimed at no known stage. */
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
    at: ctx.requestTimeEpoch,
  };
}
