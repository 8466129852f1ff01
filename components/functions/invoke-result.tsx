"use client";
import { useMemo } from "react";
import type { InvokeResult } from "@/components/data/function-types";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";

/** Numbers of the REPORT line (Duration, Billed Duration, Memory Size, Max Memory Used, Init Duration). */
export function parseReport(log: string): Record<string, string> {
  const line = log.split("\n").find((l) => l.startsWith("REPORT RequestId:"));
  const out: Record<string, string> = {};
  for (const part of line?.split("\t") ?? []) {
    const i = part.indexOf(": ");
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 2).trim();
  }
  return out;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export function InvokeResultView({ result }: { result: InvokeResult }) {
  const report = useMemo(() => parseReport(result.log), [result.log]);
  const failed = !!result.functionError;
  const errorType = failed ? (() => { try { return JSON.parse(result.payload).errorType as string; } catch { return undefined; } })() : undefined;
  const facts: [string, string | undefined][] = [
    ["Duration", report["Duration"]],
    ["Billed", report["Billed Duration"]],
    ["Memory", report["Max Memory Used"] && report["Memory Size"] ? `${report["Max Memory Used"]} of ${report["Memory Size"]}` : undefined],
    ["Init", report["Init Duration"]],
    ["Version", result.executedVersion],
  ];
  return (
    <div className="flex flex-col gap-3" data-testid="invoke-result">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <Badge tone={failed ? "destructive" : "success"} className="h-6 px-2 text-xs" data-testid="invoke-status">
          {failed ? `Failed${errorType ? `: ${errorType}` : ""}` : "Succeeded"}
        </Badge>
        {facts.map(([k, v]) =>
          v ? (
            <span key={k} className="flex items-center gap-1.5">
              <span className="text-muted-foreground">{k}</span>
              <span className="font-mono text-xs">{v}</span>
            </span>
          ) : null,
        )}
      </div>
      <div className="flex flex-col gap-1">
        <div className="flex items-center justify-between">
          <span className="text-xs font-medium">Response</span>
          <CopyButton value={result.payload} label="Copy response" />
        </div>
        <pre className="max-h-72 overflow-auto rounded-md border border-border bg-subtle p-3 font-mono text-xs" data-testid="invoke-response">
          {pretty(result.payload)}
        </pre>
      </div>
      <div className="flex flex-col gap-1">
        <div className="flex items-center justify-between">
          <span className="text-xs font-medium">Log output</span>
          <span className="font-mono text-[11px] text-muted-foreground">{result.requestId}</span>
        </div>
        <pre className="max-h-72 overflow-auto whitespace-pre-wrap break-all rounded-md border border-border bg-subtle p-3 font-mono text-[11px] leading-relaxed" data-testid="invoke-log">
          {result.log}
        </pre>
      </div>
    </div>
  );
}
