/** Lambda's platform log lines around each invocation (START / END / REPORT). */

export const startLine = (requestId: string, version: string) => `START RequestId: ${requestId} Version: ${version}`;
export const endLine = (requestId: string) => `END RequestId: ${requestId}`;

export interface ReportFields {
  requestId: string;
  durationMs: number;
  memorySize: number;
  maxMemoryUsedMb: number;
  initDurationMs?: number;
  status?: "timeout" | "error";
  errorType?: string;
}

/** `REPORT RequestId: … Duration: 1.23 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 9 MB [Init Duration: …]` */
export function reportLine(r: ReportFields): string {
  const parts = [
    `REPORT RequestId: ${r.requestId}`,
    `Duration: ${r.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${Math.max(1, Math.ceil(r.durationMs))} ms`,
    `Memory Size: ${r.memorySize} MB`,
    `Max Memory Used: ${r.maxMemoryUsedMb} MB`,
  ];
  if (r.initDurationMs !== undefined) parts.push(`Init Duration: ${r.initDurationMs.toFixed(2)} ms`);
  if (r.status) parts.push(`Status: ${r.status}`);
  if (r.errorType && r.status === "error") parts.push(`Error Type: ${r.errorType}`);
  return parts.join("\t") + "\t";
}

/** What Lambda prints when it stops an invocation at its timeout. */
export const timeoutLine = (requestId: string, seconds: number) =>
  `${new Date().toISOString()} ${requestId} Task timed out after ${seconds.toFixed(2)} seconds`;

/** Lambda's Invoke returns the last 4 KB of the log (X-Amz-Log-Result). */
export function logTail(text: string, bytes = 4096): string {
  const buf = Buffer.from(text, "utf8");
  return (buf.length <= bytes ? buf : buf.subarray(buf.length - bytes)).toString("base64");
}
