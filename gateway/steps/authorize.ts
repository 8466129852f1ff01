/**
 * authorize: runs the method's authorizer. CUSTOM methods go through their Lambda authorizer
 * (gateway/authorizers/): the authorizer run (results cached per stage), then its policy evaluated
 * against this request's method ARN; a denial is a 403 ACCESS_DENIED, an allowed request carries
 * the result on (`ctx.authorizer`). COGNITO_USER_POOLS methods are refused with a 500 authorizer
 * configuration error (there are no user pools here; the execution log says so). NONE passes;
 * AWS_IAM is not checked yet. TestInvokeMethod skips authorizers, as AWS's does. Refusals are
 * AuthorizerErrors, answered by the gateway-response step like any other error.
 */
import { accessDenied, configurationError } from "../authorizers/authorizer-errors";
import { authorizerCache, authorizerCacheKey } from "../authorizers/authorizer-cache";
import { methodArn } from "../authorizers/method-arn";
import { runAuthorizer } from "../authorizers/run-authorizer";
import type { SnapshotMethod } from "../model/snapshot";
import type { InvocationContext } from "../runtime/context";

/** Synchronous for methods without an authorizer (most of the hot path): no promise per request. */
export function authorize(ctx: InvocationContext): void | Promise<void> {
  const method = ctx.route?.method.method;
  if (!method || ctx.testInvoke) return;
  if (method.authorizationType !== "CUSTOM" && method.authorizationType !== "COGNITO_USER_POOLS") return;
  return authorizeRequest(ctx, method);
}

async function authorizeRequest(ctx: InvocationContext, method: SnapshotMethod): Promise<void> {
  const id = method.authorizerId ?? "";
  const stage = ctx.stage;
  const authorizer = stage?.authorizers.get(id);
  if (!stage || !authorizer) throw configurationError(ctx, `Authorizer ${id} is not part of this deployment`);
  const arn = methodArn(ctx.target.restApiId, ctx.target.stageName, ctx.request.method, ctx.request.path);
  const run = await runAuthorizer(ctx, authorizer, {
    methodArn: arn,
    cache: { store: authorizerCache(), key: (identity) => authorizerCacheKey(stage, id, identity) },
  });
  const decision = run.output.policy.decide(arn);
  if (decision !== "allow") throw accessDenied(decision === "explicit-deny");
  ctx.authorizer = {
    principalId: run.output.principalId,
    context: run.output.context,
    usageIdentifierKey: run.output.usageIdentifierKey,
    latencyMs: run.latencyMs,
    cached: run.cached,
  };
}
