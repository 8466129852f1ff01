/**
 * Calls the authorizer's function through the process's function runtime (the same one AWS and
 * AWS_PROXY integrations use). Lambda refusing the call (unknown function, throttling) and a
 * function that does not answer within API Gateway's 29 s are authorizer configuration errors.
 */
import type { FunctionRef } from "../functions/arn";
import { LambdaError } from "../functions/errors";
import { getFunctionRuntime } from "../functions/index";
import type { InvokeResult } from "../functions/types";
import type { InvocationContext } from "../runtime/context";
import { configurationError } from "./authorizer-errors";
import { lambdaFunctionArn } from "./method-arn";

/** API Gateway's longest wait for a backend; an authorizer gets no longer. */
const AUTHORIZER_TIMEOUT_MS = 29_000;

export async function invokeAuthorizerFunction(ctx: InvocationContext, ref: FunctionRef, payload: string): Promise<InvokeResult> {
  ctx.log.add(`Sending request to function ${lambdaFunctionArn(ref.name, ref.qualifier)}`);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), AUTHORIZER_TIMEOUT_MS);
  });
  const invocation = getFunctionRuntime().invoke(ref, payload, { traceId: ctx.request.headers["x-amzn-trace-id"]?.[0] });
  try {
    const result = await Promise.race([invocation, timedOut]);
    if (result === "timeout") {
      invocation.catch(() => undefined); // it runs on to its own timeout
      throw configurationError(ctx, `Authorizer function did not answer within ${AUTHORIZER_TIMEOUT_MS / 1000} seconds`);
    }
    return result;
  } catch (err) {
    if (err instanceof LambdaError) throw configurationError(ctx, `Lambda invocation failed with status: ${err.status}: ${err.type}: ${err.message}`);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
