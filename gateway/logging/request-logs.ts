/**
 * A finished request's log records: its execution log (when its method logs) and its access log
 * line (when the stage has an access log format). Called for every response, so a request with
 * neither costs two property checks.
 */
import type { AccessLogSettings } from "../model/api-types";
import type { InvocationContext } from "../runtime/context";
import { compileAccessLogFormat } from "./access-log-format";
import { accessLogVariable, type AccessLogInput } from "./access-log-variables";
import type { GatewayLogRecord } from "./log-sink";
import { isStageExecutionLog } from "./stage-execution-log";

/** Compiled formats by settings object: the registry parses a new one per stage load. */
const compiled = new WeakMap<AccessLogSettings, (input: AccessLogInput) => string>();

function rendererFor(settings: AccessLogSettings): (input: AccessLogInput) => string {
  let render = compiled.get(settings);
  if (!render) {
    render = compileAccessLogFormat(settings.format ?? "", accessLogVariable);
    compiled.set(settings, render);
  }
  return render;
}

function responseLength(ctx: InvocationContext): number | undefined {
  const res = ctx.response;
  if (!res) return undefined;
  if (Buffer.isBuffer(res.body)) return res.body.length;
  if (ctx.responseLength !== undefined) return ctx.responseLength;
  const declared = Number(res.headers["content-length"]?.[0]);
  return Number.isFinite(declared) ? declared : undefined;
}

export function requestLogRecords(ctx: InvocationContext, accountId: string): GatewayLogRecord[] | null {
  const accessLog = ctx.stage?.source.accessLogSettings;
  const executionLog = isStageExecutionLog(ctx.log) && ctx.log.messages.length > 0 ? ctx.log : null;
  if (!executionLog && !accessLog?.format) return null;
  const base = {
    restApiId: ctx.target.restApiId,
    stage: ctx.target.stageName,
    canary: ctx.isCanary,
    requestId: ctx.requestId,
    timestamp: ctx.requestTimeEpoch,
    status: ctx.response?.statusCode ?? null,
    error: ctx.error?.responseType ?? null,
  };
  const records: GatewayLogRecord[] = [];
  if (executionLog) records.push({ ...base, kind: "execution", events: { times: executionLog.times, messages: executionLog.messages } });
  if (accessLog?.format) {
    const responseLatency = Math.round(Number(process.hrtime.bigint() - ctx.startedAt) / 1e6);
    records.push({ ...base, kind: "access", text: rendererFor(accessLog)({ ctx, accountId, responseLatency, responseLength: responseLength(ctx) }) });
  }
  return records;
}
