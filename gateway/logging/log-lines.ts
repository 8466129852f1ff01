/**
 * What a stored execution log looks like, shared by the gateway (which writes it) and the
 * console (which reads it). Pure: no Node imports.
 *
 * A stored execution log is one request's CloudWatch events, one per line:
 * `2026-11-21T06:10:04.123Z (<requestId>) <message>`. A message that spans lines (a body)
 * continues on lines without that prefix.
 */

/** AWS truncates execution log events at 1 KB ("Standard execution logging: log events are truncated at 1 KB"). */
export const MAX_LOG_EVENT_BYTES = 1024;
export const TRUNCATED_MARK = " [TRUNCATED]";

/**
 * Lines API Gateway writes when a request fails: kept at loggingLevel ERROR. Written by steps this
 * module does not own (integrations, authorizers, throttling), so they are recognized by text.
 */
const ERROR_LINE =
  /^(Execution failed|Lambda execution failed|Lambda invocation failed|Endpoint request timed out|Gateway response type:|Unauthorized request|Authorizer error|Invalid API Key|Forbidden|Request throttled|Request body does not match model schema|Missing required request parameters|Request validation failed|User: .* is not authorized|API Key .* exceeded|.* exceeded (?:throttle|quota) limit)/;

export function isErrorLine(message: string): boolean {
  return ERROR_LINE.test(message);
}

/** Cuts a message to AWS's 1 KB event size, marking the cut as CloudWatch shows it. */
export function truncateLogMessage(message: string): string {
  // Most messages are short ASCII: only measure bytes when the characters alone could exceed it.
  if (message.length * 3 <= MAX_LOG_EVENT_BYTES) return message;
  const bytes = new TextEncoder().encode(message);
  if (bytes.length <= MAX_LOG_EVENT_BYTES) return message;
  // fatal: false drops a multi-byte character cut in half instead of throwing.
  const cut = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, MAX_LOG_EVENT_BYTES)).replace(/\uFFFD$/, "");
  return cut + TRUNCATED_MARK;
}

export function formatLogLine(at: number, requestId: string, message: string): string {
  return `${new Date(at).toISOString()} (${requestId}) ${message}`;
}

export interface LogEvent {
  /** Epoch ms. */
  at: number;
  message: string;
}

const EVENT_START = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) \(([^)]*)\) ?/;

/** A stored execution log back into its events (continuation lines join their event). */
export function parseLogText(text: string): LogEvent[] {
  const events: LogEvent[] = [];
  for (const line of text.split("\n")) {
    const m = EVENT_START.exec(line);
    if (m) events.push({ at: Date.parse(m[1]), message: line.slice(m[0].length) });
    else if (events.length) events[events.length - 1].message += `\n${line}`;
    else if (line) events.push({ at: NaN, message: line });
  }
  return events;
}

/** CloudWatch's name for a stage's execution log group; canary requests have their own. */
export function executionLogGroup(restApiId: string, stageName: string, canary: boolean): string {
  return `API-Gateway-Execution-Logs_${restApiId}/${stageName}${canary ? "/Canary" : ""}`;
}

/** The access log group a destination ARN names; AWS appends "/Canary" for canary requests. */
export function accessLogGroup(destinationArn: string | undefined, canary: boolean): string | null {
  if (!destinationArn) return null;
  const m = /:log-group:([^:]+)(?::\*)?$/.exec(destinationArn) ?? /:deliverystream\/(.+)$/.exec(destinationArn);
  const name = m ? m[1] : destinationArn;
  return canary ? `${name}/Canary` : name;
}
