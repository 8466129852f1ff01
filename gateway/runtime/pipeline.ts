/**
 * The order of the gateway's steps, written down once. Each step reads and fills the shared
 * invocation context. Request steps run until one of them answers (sets `ctx.response`, e.g. a
 * cache hit); otherwise the response steps turn the integration's result into the response.
 * Errors become gateway responses in one place.
 *
 * Room is left where later capabilities plug in (architecture.md): resource-policy before
 * authorize, api-key and usage-plan quotas after it, validate-request before cache-lookup.
 */
import type { InvocationContext } from "./context";
import { parseRequest } from "../steps/parse-request";
import { route } from "../steps/route";
import { authorize } from "../steps/authorize";
import { throttle } from "../steps/throttle";
import { cacheLookup } from "../steps/cache-lookup";
import { cacheStore } from "../steps/cache-store";
import { integrationRequest } from "../steps/integration-request";
import { invokeIntegration } from "../steps/invoke-integration";
import { integrationResponse } from "../steps/integration-response";
import { methodResponse } from "../steps/method-response";
import { gatewayResponse } from "../steps/gateway-response";

export type Step = (ctx: InvocationContext) => void | Promise<void>;

export const REQUEST_STEPS: readonly Step[] = [
  parseRequest,
  route,
  authorize,
  throttle,
  cacheLookup,
  integrationRequest,
  invokeIntegration,
];

export const RESPONSE_STEPS: readonly Step[] = [integrationResponse, methodResponse, cacheStore];

/** Runs the steps; always leaves `ctx.response` set. */
export async function runPipeline(ctx: InvocationContext, requestSteps: readonly Step[] = REQUEST_STEPS): Promise<void> {
  try {
    // Most steps are synchronous on the hot path (no authorizer, local buckets, no cache): await
    // only the ones that returned a promise, sparing a microtask turn per step per request.
    for (const step of requestSteps) {
      const pending = step(ctx);
      if (pending) await pending;
      if (ctx.response) break;
    }
    if (!ctx.response) {
      for (const step of RESPONSE_STEPS) {
        const pending = step(ctx);
        if (pending) await pending;
      }
    }
  } catch (err) {
    gatewayResponse(ctx, err);
  }
  if (!ctx.response) gatewayResponse(ctx, new Error("pipeline ended without a response"));
  finalizeHeaders(ctx);
}

/** Headers every gateway response carries. */
function finalizeHeaders(ctx: InvocationContext) {
  const h = ctx.response!.headers;
  h["x-amzn-requestid"] = [ctx.requestId];
  h["x-amz-apigw-id"] = [ctx.extendedRequestId];
}
