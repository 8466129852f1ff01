/**
 * gateway-response: turns any error into the response API Gateway sends for its type, with the
 * API's customized gateway response (status, literal headers) when one is defined.
 */
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";

export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  return new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", { cause: err });
}

export function gatewayResponse(ctx: InvocationContext, err: unknown): void {
  const error = toGatewayError(err);
  ctx.error = error;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  if (cause) ctx.log.add(cause);
  else if (error.status >= 500) ctx.log.add(`Execution failed: ${error.message}`);
  const custom = ctx.stage?.source.snapshot.gatewayResponses;
  const family = error.status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX";
  const override = custom?.[error.responseType] ?? custom?.[family];
  const headers: MultiMap = {
    "content-type": ["application/json"],
    "x-amzn-errortype": [error.errorType],
  };
  for (const [target, source] of Object.entries(override?.responseParameters ?? {})) {
    const name = /^gatewayresponse\.header\.(.+)$/i.exec(target)?.[1];
    if (name && /^'.*'$/s.test(source)) headers[name.toLowerCase()] = [source.slice(1, -1)];
  }
  ctx.log.add(`Method completed with status: ${override?.statusCode ?? error.status}`);
  ctx.response = {
    statusCode: Number(override?.statusCode ?? error.status),
    headers,
    body: Buffer.from(JSON.stringify({ message: error.message })),
  };
}
