"use client";
import { useState } from "react";
import type { Stage } from "@/components/data/types";
import { useStageLogs } from "@/components/data/use-stage-logs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyableText } from "@/components/ui/copy-button";
import { ErrorState } from "@/components/ui/error-state";
import { SkeletonRows } from "@/components/ui/skeleton";
import { AccessLogSettingsEditor } from "./access-log-settings";
import { LogAccessRow } from "./log-access-row";
import { executionLoggingOn, LogEmptyState } from "./log-empty-state";
import { LogRequestRow } from "./log-request-row";
import { LogToolbar, type LogFilters } from "./log-toolbar";
import { STAGE_WIDE } from "./method-settings";
import { useSearchState } from "./use-search-state";

/**
 * A stage's execution and access logs, base and canary log groups kept apart: one entry per
 * request, newest first, tailing live; an execution entry opens to its lines and says why a
 * request failed. Every selection (group, log, filters, the open request) is in the URL.
 */
export function LogsView({ apiId, stage }: { apiId: string; stage: Stage }) {
  const search = useSearchState();
  const filters: LogFilters = {
    group: search.get("group") === "canary" ? "canary" : "base",
    kind: search.get("kind") === "access" ? "access" : "execution",
    request: search.get("request") ?? "",
    status: search.get("status") ?? "",
    q: search.get("q") ?? "",
  };
  const openId = search.get("open");
  const [live, setLive] = useState(true);
  const [configuring, setConfiguring] = useState(false);
  const logs = useStageLogs(
    apiId,
    stage.stageName,
    { kind: filters.kind, canary: filters.group === "canary", requestId: filters.request || undefined, status: filters.status || undefined, q: filters.q || undefined },
    live,
  );
  const pages = logs.data?.pages ?? [];
  const entries = pages.flatMap((p) => p.entries);
  const first = pages[0];
  const canaryOffered = !!stage.canarySettings || !!first?.canaryLogsExist || filters.group === "canary";
  const filtered = !!(filters.request || filters.status || filters.q);
  const change = (patch: Partial<LogFilters>, mode: "push" | "replace" = "push") => search.set({ ...patch, open: null }, mode);
  const stageWideLevel = stage.methodSettings?.[STAGE_WIDE]?.loggingLevel ?? "OFF";

  return (
    <div className="flex flex-col gap-3" data-testid="stage-logs">
      <LogToolbar filters={filters} canaryOffered={canaryOffered} live={live} onLive={setLive} onChange={change} onConfigureAccessLogs={() => setConfiguring(!configuring)} />
      {configuring ? <AccessLogSettingsEditor apiId={apiId} stage={stage} onDone={() => setConfiguring(false)} /> : null}
      <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
        <span>Log group</span>
        {first?.logGroup ? (
          <CopyableText value={first.logGroup} />
        ) : (
          <span>{filters.kind === "access" ? (stage.accessLogSettings?.format ? "no destination ARN set" : "access logging off") : "…"}</span>
        )}
        {filters.kind === "execution" ? (
          <Badge tone={executionLoggingOn(stage) ? "primary" : "outline"} data-testid="logging-level">
            {stageWideLevel !== "OFF" ? `${stageWideLevel}${stage.methodSettings?.[STAGE_WIDE]?.dataTraceEnabled ? " + data trace" : ""} for all methods` : executionLoggingOn(stage) ? "on for some methods" : "logging off"}
          </Badge>
        ) : stage.accessLogSettings?.format ? (
          <code className="min-w-0 truncate font-mono" title={stage.accessLogSettings.format}>
            {stage.accessLogSettings.format}
          </code>
        ) : null}
      </div>
      {logs.isPending ? (
        <SkeletonRows rows={6} />
      ) : logs.isError ? (
        <ErrorState error={logs.error} title="Could not load the logs" onRetry={() => logs.refetch()} />
      ) : entries.length === 0 ? (
        <LogEmptyState
          apiId={apiId}
          stage={stage}
          kind={filters.kind}
          filtered={filtered}
          settingsHref={search.href({ view: "settings", group: null, kind: null, request: null, status: null, q: null, open: null })}
          onClearFilters={() => change({ request: "", status: "", q: "" }, "replace")}
          onConfigureAccessLogs={() => setConfiguring(true)}
        />
      ) : (
        <div className="overflow-hidden rounded-lg border border-border bg-card" data-testid={`${filters.kind}-log`}>
          {entries.map((entry) =>
            filters.kind === "execution" ? (
              <LogRequestRow
                key={entry.id}
                entry={entry}
                open={openId === entry.requestId}
                onToggle={() => search.set({ open: openId === entry.requestId ? null : entry.requestId }, "replace")}
              />
            ) : (
              <LogAccessRow
                key={entry.id}
                entry={entry}
                onShowExecution={() => search.set({ kind: "execution", request: entry.requestId, status: null, q: null, open: entry.requestId })}
              />
            ),
          )}
        </div>
      )}
      {logs.hasNextPage ? (
        <Button variant="outline" className="self-center" loading={logs.isFetchingNextPage} onClick={() => logs.fetchNextPage()}>
          Load older requests
        </Button>
      ) : null}
    </div>
  );
}
