/**
 * The execution log, in AWS's test-invoke format ("<date> : <message>"). Disabled logs cost one
 * branch per line, so the hot path keeps them off unless test-invoke or the method's logging
 * level (see gateway/logging/stage-execution-log.ts) asks.
 */

/** "error": a failure line, kept at loggingLevel ERROR; "trace": headers and bodies (dataTrace). */
export type LogLineLevel = "info" | "error" | "trace";

export interface ExecutionLog {
  readonly enabled: boolean;
  /** Headers and bodies are logged: the method's dataTraceEnabled, always for test-invoke. */
  readonly dataTrace: boolean;
  /**
   * Adds a line. A function is data trace (headers, bodies, parameter maps): it is called only
   * when data trace is on. A string is info unless `level` says otherwise.
   */
  add(message: string | (() => string), level?: LogLineLevel): void;
  text(): string;
}

const AWS_DATE = new Intl.DateTimeFormat("en-US", {
  weekday: "short", month: "short", day: "2-digit", hour: "2-digit", minute: "2-digit",
  second: "2-digit", year: "numeric", hour12: false, timeZone: "UTC",
});

/** AWS prints log times like `Sat Nov 21 06:10:04 UTC 2026`. */
function awsDate(d: Date): string {
  const p = Object.fromEntries(AWS_DATE.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.weekday} ${p.month} ${p.day} ${p.hour}:${p.minute}:${p.second} UTC ${p.year}`;
}

export const disabledLog: ExecutionLog = { enabled: false, dataTrace: false, add() {}, text: () => "" };

/** Test-invoke's log: every line, data trace included. */
export function createExecutionLog(): ExecutionLog {
  const lines: string[] = [];
  return {
    enabled: true,
    dataTrace: true,
    add(message) {
      lines.push(`${awsDate(new Date())} : ${typeof message === "function" ? message() : message}`);
    },
    text: () => lines.join("\n") + (lines.length ? "\n" : ""),
  };
}

/** `{a=1, b=2}`: how AWS's logs print header and parameter maps. */
export function formatLogMap(map: Record<string, string | string[]>): string {
  return `{${Object.entries(map).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(",") : v}`).join(", ")}}`;
}
