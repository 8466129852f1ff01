/**
 * throttle: token buckets for the account, then the stage's method (see
 * gateway/throttling/throttle-plan.ts for how AWS scopes them). An empty bucket is AWS's 429
 * THROTTLED gateway response ({"message":"Too Many Requests"}, TooManyRequestsException).
 * Test-invoke is never throttled, as in AWS. With the in-memory stores this step is synchronous.
 */
import type { InvocationContext } from "../runtime/context";
import { tooManyRequests } from "../runtime/errors";
import { getGatewayStores } from "../stores/index";
import { PASSED } from "../stores/types";
import { throttlePlanFor, type ThrottlePlan } from "../throttling/throttle-plan";

function verdict(ctx: InvocationContext, plan: ThrottlePlan, refused: number): void {
  if (refused === PASSED) return;
  ctx.log.add(`Request throttled: the ${plan.describe(refused)} was exceeded`);
  throw tooManyRequests();
}

export function throttle(ctx: InvocationContext): void | Promise<void> {
  if (ctx.testInvoke || !ctx.stage || !ctx.route) return;
  const plan = throttlePlanFor(ctx.stage, ctx.route.method);
  if (plan.buckets.length === 0) return;
  const refused = getGatewayStores().limiter.take(plan.buckets);
  if (typeof refused === "number") return verdict(ctx, plan, refused);
  return refused.then((r) => verdict(ctx, plan, r));
}
