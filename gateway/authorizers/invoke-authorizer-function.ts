/**
 * Calls the authorizer's function through the process's function runtime (the same one AWS and
 * AWS_PROXY integrations use). Lambda refusing the call (unknown function, throttling) and a
 * function that does not answer within API Gateway's 29 s are authorizer configuration errors.
 */
import { arnScope, functionArn, type FunctionRef } from "../functions/arn";
import { LambdaError } from "../functions/errors";
import type { InvokeResult } from "../functions/types";
import { invokeWithin } from "../integrations/lambda-invoke";
import type { InvocationContext } from "../runtime/context";
import { configurationError } from "./authorizer-errors";

/** API Gateway's longest wait for a backend; an authorizer gets no longer. */
const AUTHORIZER_TIMEOUT_MS = 29_000;

export async function invokeAuthorizerFunction(ctx: InvocationContext, ref: FunctionRef, payload: string): Promise<InvokeResult> {
  const { region, accountId } = arnScope();
  ctx.log.add(`Sending request to function ${functionArn(region, accountId, ref.name, ref.qualifier)}`);
  let result: InvokeResult | "timeout";
  try {
    result = await invokeWithin(ctx, ref, payload, AUTHORIZER_TIMEOUT_MS);
  } catch (err) {
    if (err instanceof LambdaError) throw configurationError(ctx, `Lambda invocation failed with status: ${err.status}: ${err.type}: ${err.message}`);
    throw err;
  }
  if (result === "timeout") throw configurationError(ctx, `Authorizer function did not answer within ${AUTHORIZER_TIMEOUT_MS / 1000} seconds`);
  return result;
}
