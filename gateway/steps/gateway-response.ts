/**
 * gateway-response: turns any error into the response API Gateway sends for its type — AWS's
 * default status, `x-amzn-ErrorType` and `{"message": ...}` body — or the API's customized
 * gateway response for that type (else for DEFAULT_4XX / DEFAULT_5XX): its status, mapped
 * headers and template, compiled once per deployment.
 */
import type { CompiledGatewayResponse } from "../deployments/compiled-stage";
import { requestMappingInput } from "../mapping/mapping-input";
import { applyMappings } from "../mapping/parameters";
import { selectResponseTemplate } from "../mapping/response-template";
import { requestSources } from "../mapping/sources";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";

export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  return new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", { cause: err });
}

function customBody(ctx: InvocationContext, custom: CompiledGatewayResponse, headers: MultiMap): Buffer | undefined {
  const template = selectResponseTemplate(custom.templates, ctx.request.headers.accept?.[0]);
  if (!template) return undefined;
  try {
    const rendered = template[1].render(requestMappingInput(ctx, ""));
    headers["content-type"] = [template[0]];
    return Buffer.from(rendered.output, "utf8");
  } catch (err) {
    ctx.log.add(`Gateway response template failed: ${(err as Error).message}`);
    return undefined; // fall back to the default body rather than failing the error path
  }
}

export function gatewayResponse(ctx: InvocationContext, err: unknown): void {
  const error = toGatewayError(err);
  ctx.error = error;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  if (cause) ctx.log.add(cause);
  else if (error.status >= 500) ctx.log.add(`Execution failed: ${error.message}`);

  const responses = ctx.stage?.gatewayResponses;
  const custom = responses?.get(error.responseType) ?? responses?.get(error.status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
  const headers: MultiMap = { "content-type": ["application/json"], "x-amzn-errortype": [error.errorType] };
  let body: Buffer | undefined;
  if (custom) {
    const mapped = applyMappings(custom.mappings, requestSources(ctx));
    Object.assign(headers, mapped.header, mapped.multivalueheader);
    body = customBody(ctx, custom, headers);
  }
  const statusCode = custom?.statusCode ?? error.status;
  ctx.log.add(`Method completed with status: ${statusCode}`);
  ctx.response = {
    statusCode,
    headers,
    body: body ?? Buffer.from(JSON.stringify({ message: error.message })),
  };
}
