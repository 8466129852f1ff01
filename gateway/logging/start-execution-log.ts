/**
 * Switches a request onto a real execution log once routing knows its method settings. Until
 * then every step writes to the disabled log (one branch per line), so requests whose method
 * logs nothing pay nothing.
 */
import type { CompiledStage } from "../deployments/compiled-stage";
import { methodSettingsResolver, type EffectiveMethodSettings } from "../deployments/method-settings";
import type { InvocationContext } from "../runtime/context";
import { createStageExecutionLog } from "./stage-execution-log";

export function startExecutionLog(ctx: InvocationContext, settings: EffectiveMethodSettings): void {
  if (settings.loggingLevel === "OFF") return;
  ctx.log = createStageExecutionLog(settings.loggingLevel, settings.dataTraceEnabled);
  ctx.log.add(`Extended Request Id: ${ctx.extendedRequestId}`);
  ctx.log.add(`Starting execution for request: ${ctx.requestId}`);
}

/** The stage-wide ("*\/*") settings of a stage, resolved once per stage load. */
const stageWide = new WeakMap<CompiledStage, EffectiveMethodSettings>();

/**
 * A request that matches no method (403 Missing Authentication Token) has no method settings;
 * Archway logs it under the stage-wide settings, so "why 403?" has an answer in the log too.
 */
export function startExecutionLogForStage(ctx: InvocationContext, stage: CompiledStage): void {
  let settings = stageWide.get(stage);
  if (!settings) {
    // No method has this path, so the resolver falls through to the "*/*" entry.
    settings = methodSettingsResolver(stage.source.methodSettings)("\u0000", "\u0000");
    stageWide.set(stage, settings);
  }
  startExecutionLog(ctx, settings);
}
