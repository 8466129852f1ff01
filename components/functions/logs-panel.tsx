"use client";
import { ChevronRight, Pause, Play, Search } from "lucide-react";
import { useState } from "react";
import { useFunctionLogs } from "@/components/data/use-function-logs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { SkeletonRows } from "@/components/ui/skeleton";
import { parseReport } from "./invoke-result";

/** Invocation logs, newest first: searchable, tailing live (a poll every 2 s) until paused. */
export function LogsPanel({ name }: { name: string }) {
  const [query, setQuery] = useState("");
  const [applied, setApplied] = useState("");
  const [live, setLive] = useState(true);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const logs = useFunctionLogs(name, applied, live);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <form
          className="relative w-80"
          onSubmit={(e) => {
            e.preventDefault();
            setApplied(query.trim());
          }}
        >
          <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-muted-foreground" />
          <Input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search log text (Enter)" aria-label="Search logs" className="pl-8" />
        </form>
        <Button variant={live ? "secondary" : "outline"} size="sm" onClick={() => setLive(!live)} aria-pressed={live}>
          {live ? <Pause /> : <Play />} {live ? "Tailing" : "Paused"}
        </Button>
        {live ? <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground"><span className="size-2 animate-pulse rounded-full bg-success" /> live</span> : null}
      </div>
      {logs.isPending ? (
        <SkeletonRows rows={6} />
      ) : logs.isError ? (
        <ErrorState error={logs.error} title="Could not load the logs" onRetry={() => logs.refetch()} />
      ) : logs.data.length === 0 ? (
        <EmptyState
          title={applied ? `No invocation log contains “${applied}”` : "No invocations yet"}
          description="Each invocation's output is kept with Lambda's START, END and REPORT lines. Run a test or call an API that uses this function; new logs appear here within seconds."
        />
      ) : (
        <div className="overflow-hidden rounded-lg border border-border bg-card" data-testid="function-logs">
          {logs.data.map((ev) => {
            const report = parseReport(ev.text);
            const expanded = open.has(ev.id);
            return (
              <div key={ev.id} className="border-b border-border last:border-b-0">
                <button
                  type="button"
                  className="flex w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-muted/60"
                  aria-expanded={expanded}
                  onClick={() => {
                    const next = new Set(open);
                    if (expanded) next.delete(ev.id);
                    else next.add(ev.id);
                    setOpen(next);
                  }}
                >
                  <ChevronRight className={cn("size-4 shrink-0 text-muted-foreground transition-transform", expanded && "rotate-90")} />
                  <span className="w-28 shrink-0 text-xs text-muted-foreground">
                    <RelativeTime value={ev.timestamp} />
                  </span>
                  <code className="w-72 shrink-0 truncate font-mono text-xs">{ev.requestId}</code>
                  <Badge tone="outline" className="font-mono">{ev.version}</Badge>
                  {ev.error ? <Badge tone="destructive">{ev.error}</Badge> : <Badge tone="success">OK</Badge>}
                  {ev.initMs !== null ? <Badge tone="warning">cold {ev.initMs.toFixed(0)} ms</Badge> : null}
                  <span className="ml-auto shrink-0 font-mono text-xs text-muted-foreground">{report["Duration"] ?? `${ev.durationMs.toFixed(2)} ms`}</span>
                </button>
                {expanded ? (
                  <pre className="overflow-x-auto whitespace-pre-wrap break-all border-t border-border bg-subtle px-10 py-2 font-mono text-[11px] leading-relaxed">{ev.text}</pre>
                ) : null}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
