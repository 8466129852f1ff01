/**
 * What a stored request log says at a glance: its method and resource, and why it failed (the
 * first line API Gateway writes about the failure, not the status lines that follow it).
 */
import { isErrorLine, parseLogText, type LogEvent } from "@/gateway/logging/log-lines";

export interface RequestLogSummary {
  events: LogEvent[];
  /** "GET /pets", when the log has the "HTTP Method: …, Resource Path: …" line. */
  route?: string;
  /** The line that explains a failure. */
  why?: string;
}

const ROUTE = /^HTTP Method: (\S+), Resource Path: (.+)$/;
/** A request that matched no method (Archway logs it under the stage-wide level). */
const MISS = /no resource and method match (\S+) (\S+)$/;
const STATUS_LINE = /^(Gateway response type:|Method completed with status:)/;

export function summarizeRequestLog(text: string): RequestLogSummary {
  const events = parseLogText(text);
  let route: string | undefined;
  let why: string | undefined;
  let fallback: string | undefined;
  for (const { message } of events) {
    const m = ROUTE.exec(message) ?? MISS.exec(message);
    if (m && !route) route = `${m[1]} ${m[2]}`;
    if (!why && isErrorLine(message)) {
      if (STATUS_LINE.test(message)) fallback ??= message;
      else why = message;
    }
  }
  return { events, route, why: why ?? fallback };
}

/** Whether a line is one of the failure lines to highlight. */
export const isFailureLine = (message: string) => isErrorLine(message);

/** Header and body lines, which only data trace writes: shown dimmer. */
export const isDataTraceLine = (message: string) =>
  /^(Method request (path|query string|headers|body)|Endpoint (request|response) (headers|body)|Method response (body|headers)|Gateway response (body|headers))/.test(message);

export function statusTone(status: number | null): "success" | "warning" | "destructive" | "neutral" {
  if (status === null) return "neutral";
  if (status >= 500) return "destructive";
  if (status >= 400) return "warning";
  return "success";
}

/** The time of day of an event with milliseconds, in the viewer's time zone. */
export function clockTime(at: number): string {
  if (!Number.isFinite(at)) return "";
  const d = new Date(at);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}
