/**
 * What the AWS and AWS_PROXY Lambda integrations share: which function an integration URI names
 * (stage variables substituted), and calling it through the process's function runtime with the
 * integration's timeout — past it the client gets API Gateway's 504 while the function runs on
 * to its own timeout — and Lambda's refusals (throttling, unknown function) as API Gateway
 * reports them: a 500 `{"message": "Internal server error"}`.
 */
import type { CompiledIntegration } from "../deployments/compiled-stage";
import { parseIntegrationUri, type FunctionRef } from "../functions/arn";
import { LambdaError } from "../functions/errors";
import { getFunctionRuntime } from "../functions/index";
import type { InvokeResult } from "../functions/types";
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";

export interface LambdaRequest {
  ref: FunctionRef;
  payload: string;
  /** Set by mapping `integration.request.header.X-Amz-Invocation-Type` (AWS integrations): 'Event' invokes asynchronously. */
  invocationType?: "RequestResponse" | "Event";
}

const configError = (message: string) =>
  new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
    cause: new Error(`Execution failed due to configuration error: ${message}`),
  });

export function lambdaTarget(ctx: InvocationContext, integration: CompiledIntegration): FunctionRef {
  const uri = integration.uri({ stageVariables: ctx.stageVariables, params: ctx.route?.pathParameters ?? {} });
  const ref = parseIntegrationUri(uri);
  if (!ref) throw configError(`Invalid Lambda function ARN in integration URI: ${uri}`);
  return ref;
}

/**
 * Calls a function through the process's function runtime, waiting at most `timeoutMs`: then
 * "timeout". The function is not stopped: it runs on until it returns or reaches its own timeout.
 * Shared by the Lambda integrations and Lambda authorizers.
 */
export async function invokeWithin(
  ctx: InvocationContext,
  ref: FunctionRef,
  payload: string,
  timeoutMs: number,
  invocationType?: LambdaRequest["invocationType"],
): Promise<InvokeResult | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const traceId = ctx.request.headers["x-amzn-trace-id"]?.[0];
  const invocation = getFunctionRuntime().invoke(ref, payload, { traceId, invocationType });
  try {
    const result = await Promise.race([invocation, timedOut]);
    if (result === "timeout") invocation.catch(() => undefined);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

export async function invokeLambda(ctx: InvocationContext, integration: CompiledIntegration, req: LambdaRequest): Promise<InvokeResult> {
  const timeoutMs = integration.definition.timeoutInMillis ?? 29_000;
  const started = performance.now();
  ctx.log.add(`Sending request to function ${req.ref.name}${req.ref.qualifier ? `:${req.ref.qualifier}` : ""}`);
  try {
    const result = await invokeWithin(ctx, req.ref, req.payload, timeoutMs, req.invocationType);
    if (result === "timeout") {
      ctx.log.add("Execution failed due to a timeout error");
      throw new GatewayError("INTEGRATION_TIMEOUT", "Endpoint request timed out");
    }
    const latency = Math.round(performance.now() - started);
    ctx.log.add(`Received response. Status: ${result.statusCode}, Integration latency: ${latency} ms`);
    ctx.log.add(() => `Endpoint response body before transformations: ${result.payload}`);
    return result;
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    if (err instanceof LambdaError) {
      ctx.log.add(`Lambda invocation failed with status: ${err.status}. Lambda request id: n/a`);
      if (err.type === "TooManyRequestsException") {
        throw new GatewayError("INTEGRATION_FAILURE", "Internal server error", {
          status: 500,
          cause: new Error(`Execution failed due to configuration error: Lambda throttled the invocation (${err.extra.reason ?? "TooManyRequestsException"}): ${err.message}`),
        });
      }
      throw configError(`${err.type}: ${err.message}`);
    }
    throw new GatewayError("INTEGRATION_FAILURE", "Internal server error", { status: 500, cause: err });
  }
}
