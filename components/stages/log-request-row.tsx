"use client";
import { ChevronRight } from "lucide-react";
import { useMemo } from "react";
import type { StageLogEntry } from "@/components/data/use-stage-logs";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { clockTime, isDataTraceLine, isFailureLine, statusTone, summarizeRequestLog } from "./log-summary";

/** One request's execution log: status, method, request id and why it failed; expands to its lines. */
export function LogRequestRow({ entry, open, onToggle }: { entry: StageLogEntry; open: boolean; onToggle: () => void }) {
  const summary = useMemo(() => summarizeRequestLog(entry.text), [entry.text]);
  const failed = (entry.status ?? 0) >= 400 || !!entry.error;
  return (
    <div className="border-b border-border last:border-b-0" data-testid="log-request" data-request-id={entry.requestId}>
      <div className="flex items-center gap-3 px-3 py-2 text-sm hover:bg-muted/60">
        <button
          type="button"
          className="flex min-w-0 flex-1 items-center gap-3 text-left"
          aria-expanded={open}
          aria-label={`Request ${entry.requestId}`}
          onClick={onToggle}
        >
          <ChevronRight className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
          <span className="w-24 shrink-0 text-xs text-muted-foreground">
            <RelativeTime value={entry.timestamp} />
          </span>
          <Badge tone={statusTone(entry.status)} className="w-10 justify-center font-mono" data-testid="log-status">
            {entry.status ?? "–"}
          </Badge>
          <span className="w-44 shrink-0 truncate font-mono text-xs">{summary.route ?? "—"}</span>
          {failed && (entry.error || summary.why) ? (
            <span className="flex min-w-0 items-center gap-2" data-testid="log-why">
              {entry.error ? <Badge tone={statusTone(entry.status)}>{entry.error}</Badge> : null}
              {summary.why ? (
                <span className="truncate text-xs font-medium text-destructive" title={summary.why}>
                  {summary.why}
                </span>
              ) : null}
            </span>
          ) : null}
        </button>
        <code className="shrink-0 font-mono text-[11px] text-muted-foreground" title={entry.requestId}>
          {entry.requestId.slice(0, 8)}
        </code>
        <CopyButton value={entry.requestId} label="Copy request id" />
      </div>
      {open ? (
        <div className="border-t border-border bg-subtle px-3 py-2">
          <p className="mb-1 flex items-center gap-1 pl-7 text-xs text-muted-foreground">
            Request <code className="font-mono text-foreground">{entry.requestId}</code>
            <CopyButton value={entry.requestId} label="Copy request id" />
          </p>
          <ol className="font-mono text-[11px] leading-relaxed" data-testid="log-lines">
            {summary.events.map((e, i) => (
              <li
                key={i}
                className={cn(
                  "flex gap-3 rounded",
                  isFailureLine(e.message) && "bg-destructive-soft text-destructive",
                  isDataTraceLine(e.message) && "text-muted-foreground",
                )}
              >
                <span className="w-[7.5rem] shrink-0 select-none pl-7 text-muted-foreground">{clockTime(e.at)}</span>
                <span className="min-w-0 whitespace-pre-wrap break-all">{e.message}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
