/**
 * route: finds the resource and method in the stage's compiled router. Anything that matches
 * nothing (no stage, no resource, no method for the verb) is AWS's 403 Missing Authentication
 * Token. Routing also decides the request's execution log: the method's logging level (or the
 * stage-wide one for a miss) switches it from the disabled log to a real one.
 */
import { methodFor } from "../deployments/compiled-stage";
import type { InvocationContext } from "../runtime/context";
import { missingAuthenticationToken } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";
import { headersForLog } from "../logging/log-headers";
import { startExecutionLog } from "../logging/stage-execution-log";

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
  if (!match || !method) {
    // No method, no method settings: Archway logs the miss under the stage-wide ones, so "why 403?" has an answer.
    startExecutionLog(ctx, stage.stageWideSettings);
    ctx.log.add(`Execution failed: no resource and method match ${ctx.request.method} ${ctx.request.path}`, "error");
    throw missingAuthenticationToken();
  }
  ctx.route = { method, pathParameters: match.pathParameters };
  // Logging OFF keeps the disabled log; otherwise the lines below go to a real one.
  startExecutionLog(ctx, stage.settingsFor(method));
  ctx.log.add(`HTTP Method: ${ctx.request.method}, Resource Path: ${method.resource.path}`);
  ctx.log.add(() => `Method request path: ${formatLogMap(match.pathParameters)}`);
  ctx.log.add(() => `Method request query string: ${formatLogMap(ctx.request.query)}`);
  ctx.log.add(() => `Method request headers: ${formatLogMap(headersForLog(ctx))}`);
  // parse-request ran before the log existed, so the body is logged here.
  ctx.log.add(() => `Method request body before transformations: ${ctx.request.body.toString("utf8")}`);
}
