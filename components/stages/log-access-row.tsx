"use client";
import { ScrollText } from "lucide-react";
import type { StageLogEntry } from "@/components/data/use-stage-logs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { statusTone } from "./log-summary";

/** One access log line, in the stage's format, with a way to the request's execution log. */
export function LogAccessRow({ entry, onShowExecution }: { entry: StageLogEntry; onShowExecution: () => void }) {
  return (
    <div className="flex items-center gap-3 border-b border-border px-3 py-2 text-sm last:border-b-0 hover:bg-muted/60" data-testid="log-access" data-request-id={entry.requestId}>
      <span className="w-24 shrink-0 text-xs text-muted-foreground">
        <RelativeTime value={entry.timestamp} />
      </span>
      <Badge tone={statusTone(entry.status)} className="w-10 justify-center font-mono">
        {entry.status ?? "–"}
      </Badge>
      <code className="min-w-0 flex-1 whitespace-pre-wrap break-all font-mono text-[11px]" data-testid="log-access-text">
        {entry.text}
      </code>
      <Button variant="ghost" size="icon-sm" title="Execution log of this request" aria-label={`Execution log of ${entry.requestId}`} onClick={onShowExecution}>
        <ScrollText />
      </Button>
      <CopyButton value={entry.requestId} label="Copy request id" />
    </div>
  );
}
