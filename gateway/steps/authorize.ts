/**
 * authorize: runs the method's authorizer. CUSTOM methods go through their Lambda authorizer
 * (gateway/authorizers/); COGNITO_USER_POOLS methods are refused with a 500 authorizer
 * configuration error (there are no user pools here; the execution log says so). NONE passes;
 * AWS_IAM is not checked yet. TestInvokeMethod skips authorizers, as AWS's does.
 */
import { AuthorizerError, configurationError, respondWithAuthorizerError } from "../authorizers/authorizer-errors";
import { authorizeRequest } from "../authorizers/authorize-request";
import type { SnapshotMethod } from "../model/snapshot";
import type { InvocationContext } from "../runtime/context";

/** Synchronous for methods without an authorizer (most of the hot path): no promise per request. */
export function authorize(ctx: InvocationContext): void | Promise<void> {
  const method = ctx.route?.method.method;
  if (!method || ctx.testInvoke) return;
  if (method.authorizationType !== "CUSTOM" && method.authorizationType !== "COGNITO_USER_POOLS") return;
  return runAuthorizer(ctx, method);
}

async function runAuthorizer(ctx: InvocationContext, method: SnapshotMethod): Promise<void> {
  try {
    const id = method.authorizerId ?? "";
    const authorizer = ctx.stage?.authorizers.get(id);
    if (!authorizer) throw configurationError(ctx, `Authorizer ${id} is not part of this deployment`);
    ctx.authorizer = await authorizeRequest(ctx, id, authorizer);
  } catch (err) {
    if (!(err instanceof AuthorizerError)) throw err;
    respondWithAuthorizerError(ctx, err);
  }
}
