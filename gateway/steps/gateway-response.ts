/**
 * gateway-response: turns any error into the response API Gateway sends for its type — AWS's
 * default status, `x-amzn-ErrorType` and `{"message": ...}` body (or the error's own
 * `defaultBody`) — or the API's customized gateway response for that type (else for
 * DEFAULT_4XX / DEFAULT_5XX): its status, mapped headers and template, compiled once per
 * deployment.
 */
import type { CompiledGatewayResponse } from "../deployments/compiled-stage";
import { requestMappingInput } from "../mapping/mapping-input";
import { applyMappings } from "../mapping/parameters";
import { selectResponseTemplate } from "../mapping/response-template";
import { requestSources } from "../mapping/sources";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";
import { isErrorLine } from "../logging/log-lines";

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
    ctx.log.add(`Execution failed: gateway response template failed: ${(err as Error).message}`, "error");
    return undefined; // fall back to the default body rather than failing the error path
  }
}

/** Integrations log their own AWS line ("Execution failed due to a timeout error", ...) first. */
const LOGGED_BY_INTEGRATION = new Set(["INTEGRATION_TIMEOUT", "INTEGRATION_FAILURE"]);

/** Why the request failed, as the execution log's error line (kept at logging level ERROR). */
function logWhy(ctx: InvocationContext, error: GatewayError): void {
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  // A network error's own text (ECONNREFUSED, undici's timeouts) adds nothing to the integration's line.
  if (LOGGED_BY_INTEGRATION.has(error.responseType) && !(cause && isErrorLine(cause))) return;
  if (cause) ctx.log.add(cause, "error");
  else if (error.status >= 500) ctx.log.add(`Execution failed: ${error.message}`, "error");
}

export function gatewayResponse(ctx: InvocationContext, err: unknown): void {
  const error = toGatewayError(err);
  ctx.error = error;
  logWhy(ctx, error);

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
  // The error's own default body only when the API left this response alone; a customized one
  // without a template for the Accept type answers the usual {"message"} body.
  const responseBody =
    body ?? Buffer.from(!custom && error.defaultBody !== undefined ? error.defaultBody : JSON.stringify({ message: error.message }));
  ctx.log.add(`Gateway response type: ${error.responseType} with status code: ${statusCode}`, "error");
  ctx.log.add(() => `Gateway response body: ${responseBody.toString("utf8")}`);
  ctx.log.add(() => `Gateway response headers: ${formatLogMap(headers)}`);
  ctx.log.add(`Method completed with status: ${statusCode}`, "error");
  ctx.response = { statusCode, headers, body: responseBody };
}
