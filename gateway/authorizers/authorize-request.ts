/**
 * A gateway request through its method's Lambda authorizer: the method ARN of this request, the
 * authorizer run (cached per stage), then the policy evaluated against the method ARN. A denial
 * is a 403 ACCESS_DENIED; an allowed request carries the result on (`ctx.authorizer`).
 */
import type { AuthorizerResult, InvocationContext } from "../runtime/context";
import { accessDenied } from "./authorizer-errors";
import { authorizerCache, authorizerCacheKey } from "./authorizer-cache";
import type { CompiledAuthorizer } from "./compile-authorizer";
import { methodArn } from "./method-arn";
import { runAuthorizer } from "./run-authorizer";

export async function authorizeRequest(ctx: InvocationContext, authorizerId: string, authorizer: CompiledAuthorizer): Promise<AuthorizerResult> {
  const stage = ctx.stage!;
  const arn = methodArn(ctx.target.restApiId, ctx.target.stageName, ctx.request.method, ctx.request.path);
  const run = await runAuthorizer(ctx, authorizer, {
    methodArn: arn,
    cache: { store: authorizerCache(), key: (identity) => authorizerCacheKey(stage, authorizerId, identity) },
  });
  const decision = run.output.policy.decide(arn);
  if (decision !== "allow") throw accessDenied(decision === "explicit-deny");
  return {
    principalId: run.output.principalId,
    context: run.output.context,
    usageIdentifierKey: run.output.usageIdentifierKey,
    latencyMs: run.latencyMs,
    cached: run.cached,
  };
}
