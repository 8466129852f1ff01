/**
 * route: finds the resource and method in the stage's compiled router. Anything that matches
 * nothing (no stage, no resource, no method for the verb) is AWS's 403 Missing Authentication
 * Token.
 */
import { methodFor } from "../deployments/compiled-stage";
import type { InvocationContext } from "../runtime/context";
import { missingAuthenticationToken } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";

/** Sends `percentTraffic` percent of requests to the stage's canary deployment. */
function pickCanary(ctx: InvocationContext): void {
  const canary = ctx.stage?.canary;
  if (!canary || canary.percentTraffic <= 0 || Math.random() * 100 >= canary.percentTraffic) return;
  ctx.stage = canary.stage;
  ctx.stageVariables = canary.stage.source.variables;
  ctx.isCanary = true;
}

export function route(ctx: InvocationContext): void {
  if (ctx.route) return; // test-invoke names the method itself
  pickCanary(ctx);
  const stage = ctx.stage;
  if (!stage) throw missingAuthenticationToken();
  const match = stage.router.match(ctx.request.path);
  const method = match && methodFor(match.value, ctx.request.method);
  if (!match || !method) throw missingAuthenticationToken();
  ctx.route = { method, pathParameters: match.pathParameters };
  ctx.methodSettings = stage.settingsFor(method);
  ctx.log.add(`HTTP Method: ${ctx.request.method}, Resource Path: ${method.resource.path}`);
  ctx.log.add(() => `Method request path: ${formatLogMap(match.pathParameters)}`);
  ctx.log.add(() => `Method request query string: ${formatLogMap(ctx.request.query)}`);
  ctx.log.add(() => `Method request headers: ${formatLogMap(ctx.request.headers)}`);
}
