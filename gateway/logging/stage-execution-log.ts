/**
 * A request's execution log under its method's logging settings: INFO keeps every line (headers
 * and bodies only with dataTraceEnabled), ERROR keeps only the lines that say why a request
 * failed. Events are kept as (time, message) pairs; the sink formats and stores them in batches.
 */
import type { EffectiveMethodSettings } from "../deployments/method-settings";
import type { InvocationContext } from "../runtime/context";
import type { ExecutionLog, LogLineLevel } from "../runtime/execution-log";
import { formatLogLine, isErrorLine } from "./log-lines";

export type ExecutionLoggingLevel = "INFO" | "ERROR";

export interface StageExecutionLog extends ExecutionLog {
  readonly level: ExecutionLoggingLevel;
  /** Epoch ms of each kept event, parallel to `messages`. */
  readonly times: number[];
  readonly messages: string[];
}

class LevelFilteredLog implements StageExecutionLog {
  readonly enabled = true;
  readonly dataTrace: boolean;
  readonly times: number[] = [];
  readonly messages: string[] = [];

  constructor(
    readonly level: ExecutionLoggingLevel,
    dataTraceEnabled: boolean,
  ) {
    // ERROR keeps failure lines only; data trace applies to INFO (AWS's "full request and response logs").
    this.dataTrace = dataTraceEnabled && level === "INFO";
  }

  add(message: string | (() => string), level?: LogLineLevel): void {
    const lazy = typeof message === "function";
    if (this.level === "ERROR") {
      if (level === "error" || (level === undefined && !lazy && isErrorLine(message))) this.push(lazy ? message() : message);
      return;
    }
    if (!this.dataTrace && (level === "trace" || (lazy && level === undefined))) return;
    this.push(lazy ? message() : message);
  }

  private push(message: string) {
    this.times.push(Date.now());
    this.messages.push(message);
  }

  text(): string {
    return this.messages.map((m, i) => formatLogLine(this.times[i], "-", m)).join("\n");
  }
}

export function createStageExecutionLog(level: ExecutionLoggingLevel, dataTraceEnabled: boolean): StageExecutionLog {
  return new LevelFilteredLog(level, dataTraceEnabled);
}

export function isStageExecutionLog(log: ExecutionLog): log is StageExecutionLog {
  return log instanceof LevelFilteredLog;
}

/**
 * Switches a request onto a real execution log once routing knows its method settings. Until
 * then every step writes to the disabled log (one branch per line), so requests whose method
 * logs nothing pay nothing.
 */
export function startExecutionLog(ctx: InvocationContext, settings: EffectiveMethodSettings): void {
  if (settings.loggingLevel === "OFF") return;
  ctx.log = createStageExecutionLog(settings.loggingLevel, settings.dataTraceEnabled);
  ctx.log.add(`Extended Request Id: ${ctx.extendedRequestId}`);
  ctx.log.add(`Starting execution for request: ${ctx.requestId}`);
}
