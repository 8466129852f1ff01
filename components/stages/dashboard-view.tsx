"use client";
import { ChevronRight, LineChart } from "lucide-react";
import Link from "next/link";
import { useResources } from "@/components/data/use-resources";
import { useStageMethodMetrics } from "@/components/data/use-stage-method-metrics";
import { useStageMetrics } from "@/components/data/use-stage-metrics";
import type { MetricsSeries } from "@/components/data/stage-types";
import type { Stage } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { COLORS, StatTile, TimeSeriesChart, fmtMs, fmtPct, rowsOf } from "./metric-charts";
import { TimeRangeControls, useTimeRange } from "./time-range";
import { useSearchState } from "./use-search-state";

const ALL = "__all__";
const MAX_METHOD_ROWS = 40;
const NUMBER_CELL = "whitespace-nowrap text-right font-mono text-xs tabular-nums";

/** One row's numbers in the by-method table; `noCache` for requests that never reach a cache (no route). */
function TotalsCells({ totals: t, noCache }: { totals: MetricsSeries["totals"]; noCache?: boolean }) {
  const lookups = t.cacheHits + t.cacheMisses;
  return (
    <>
      <TD className={NUMBER_CELL}>{t.count.toLocaleString()}</TD>
      <TD className={cn(NUMBER_CELL, t.count4xx && "text-warning")}>{t.count4xx}</TD>
      <TD className={cn(NUMBER_CELL, t.count5xx && "text-destructive")}>{t.count5xx}</TD>
      <TD className={NUMBER_CELL}>{fmtMs(t.latencyP50)}</TD>
      <TD className={NUMBER_CELL}>{fmtMs(t.latencyP99)}</TD>
      {noCache ? (
        <TD className={NUMBER_CELL}>—</TD>
      ) : (
        <TD className={NUMBER_CELL} title={`${t.cacheHits} hits, ${t.cacheMisses} misses`}>
          {lookups ? fmtPct(t.cacheHits, lookups) : "—"}
        </TD>
      )}
    </>
  );
}

/**
 * The stage dashboard: requests, 4XX (throttled 429s among them), 5XX, latency percentiles and,
 * when the stage caches, CacheHitCount / CacheMissCount over a time range with auto-refresh, for
 * the whole stage or one method (`?resource=&method=`), with a per-method table to drill down from.
 */
export function DashboardView({ apiId, stage }: { apiId: string; stage: Stage }) {
  const state = useSearchState();
  const t = useTimeRange("60");
  const resources = useResources(apiId);
  const resourcePath = state.get("resource") || undefined;
  const httpMethod = state.get("method") || undefined;
  const drilled = !!resourcePath;

  const metrics = useStageMetrics({
    apiId,
    stage: stage.stageName,
    rangeMinutes: t.range.minutes,
    stepMinutes: t.range.step,
    resourcePath,
    httpMethod: httpMethod === "ANY" ? undefined : httpMethod,
    refreshMs: t.refreshMs,
  });

  const methods = (resources.data ?? [])
    .flatMap((r) => Object.keys(r.resourceMethods ?? {}).sort().map((verb) => ({ resourcePath: r.path, httpMethod: verb })))
    .slice(0, MAX_METHOD_ROWS);
  // Requests that matched no route (403 Missing Authentication Token) are kept under an empty path.
  const perMethod = useStageMethodMetrics(
    apiId,
    stage.stageName,
    drilled ? [] : [...methods, { resourcePath: "", httpMethod: "" }],
    t.range.minutes,
    t.refreshMs,
  );
  const unmatched = perMethod[methods.length]?.data?.series[0]?.totals;

  const all = metrics.data?.series[0];
  const tot = all?.totals;
  const step = metrics.data?.stepMinutes ?? t.range.step;
  const rows = rowsOf(all?.points);
  const selectValue = drilled ? `${httpMethod ?? "ANY"} ${resourcePath}` : ALL;
  const drill = (path: string | null, verb: string | null) => state.set({ resource: path, method: verb });
  // Shown when the stage caches, or when anything in the range was served with the cache on.
  const cacheActive = stage.cacheClusterEnabled || !!(tot && tot.cacheHits + tot.cacheMisses > 0);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Dashboard scope" className="flex min-w-0 items-center gap-1.5 text-sm">
          <button
            type="button"
            className={cn("font-medium", drilled ? "text-primary hover:underline" : "text-foreground")}
            onClick={() => drill(null, null)}
            disabled={!drilled}
          >
            Stage {stage.stageName}
          </button>
          {drilled ? (
            <>
              <ChevronRight className="size-3.5 text-muted-foreground" />
              <span className="flex min-w-0 items-center gap-1.5" data-testid="dashboard-method">
                <VerbBadge verb={httpMethod ?? "ANY"} size="xs" />
                <PathText path={resourcePath!} className="truncate text-xs" />
              </span>
            </>
          ) : null}
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <div className="w-64">
            <Select
              ariaLabel="Method"
              value={selectValue}
              onValueChange={(v) => {
                if (v === ALL) return drill(null, null);
                const [verb, ...rest] = v.split(" ");
                drill(rest.join(" "), verb);
              }}
              options={[
                { value: ALL, label: "All methods" },
                ...methods.map((m) => ({
                  value: `${m.httpMethod} ${m.resourcePath}`,
                  label: (
                    <span className="flex items-center gap-2">
                      <VerbBadge verb={m.httpMethod} size="xs" />
                      <PathText path={m.resourcePath} className="text-xs" />
                    </span>
                  ),
                })),
              ]}
            />
          </div>
          <TimeRangeControls defaultRange="60" fetching={metrics.isFetching} onRefresh={() => metrics.refetch()} />
        </div>
      </div>

      {metrics.isError ? <ErrorState error={metrics.error} title="Could not load metrics" onRetry={() => metrics.refetch()} /> : null}

      <div className="grid grid-cols-3 gap-3 xl:grid-cols-6" data-testid="dashboard-totals">
        {tot ? (
          <>
            <StatTile label="Requests" value={tot.count.toLocaleString()} hint={`last ${t.range.label}`} testId="stat-requests" />
            <StatTile label="4XX" value={tot.count4xx.toLocaleString()} hint={fmtPct(tot.count4xx, tot.count)} tone={tot.count4xx ? "warning" : undefined} testId="stat-4xx" />
            <StatTile label="5XX" value={tot.count5xx.toLocaleString()} hint={fmtPct(tot.count5xx, tot.count)} tone={tot.count5xx ? "destructive" : undefined} testId="stat-5xx" />
            <StatTile label="Latency p50" value={fmtMs(tot.latencyP50)} hint={`avg ${fmtMs(tot.latencyAvg)}`} />
            <StatTile label="Latency p90" value={fmtMs(tot.latencyP90)} />
            <StatTile label="Latency p99" value={fmtMs(tot.latencyP99)} hint={`integration avg ${fmtMs(tot.integrationLatencyAvg)}`} />
          </>
        ) : (
          Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-[74px]" />)
        )}
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader title="Requests" description={`Per ${step} min`} />
          <div className="p-3">
            <TimeSeriesChart rows={rows} stepMinutes={step} kind="area" lines={[{ key: "count", name: "Requests", color: COLORS.requests }]} testId="chart-requests" />
          </div>
        </Card>
        <Card>
          <CardHeader title="Errors" description={`4XX (throttled 429s included) and 5XX responses per ${step} min`} />
          <div className="p-3">
            <TimeSeriesChart
              rows={rows}
              stepMinutes={step}
              kind="area"
              lines={[
                { key: "count4xx", name: "4XX", color: COLORS.c4xx },
                { key: "count5xx", name: "5XX", color: COLORS.c5xx },
              ]}
            />
          </div>
        </Card>
        <Card className={cacheActive ? undefined : "lg:col-span-2"}>
          <CardHeader title="Latency" description="p50, p90 and p99 in ms, from per-minute histograms" />
          <div className="p-3">
            <TimeSeriesChart
              rows={rows}
              stepMinutes={step}
              unit="ms"
              lines={[
                { key: "latencyP50", name: "p50", color: COLORS.p50 },
                { key: "latencyP90", name: "p90", color: COLORS.p90 },
                { key: "latencyP99", name: "p99", color: COLORS.p99 },
              ]}
            />
          </div>
        </Card>
        {cacheActive ? (
          <Card data-testid="cache-card">
            <CardHeader
              title="Cache"
              description={
                tot ? (
                  <span data-testid="cache-totals">
                    CacheHitCount {tot.cacheHits.toLocaleString()} · CacheMissCount {tot.cacheMisses.toLocaleString()} · hit ratio{" "}
                    {fmtPct(tot.cacheHits, tot.cacheHits + tot.cacheMisses)}
                  </span>
                ) : (
                  "CacheHitCount and CacheMissCount"
                )
              }
            />
            <div className="p-3">
              {tot && tot.count > 0 && tot.cacheHits + tot.cacheMisses === 0 ? (
                <p className="mb-2 text-xs text-muted-foreground" data-testid="cache-no-lookups">
                  None of these requests used the cache. Responses are cached per method: turn caching on under{" "}
                  <Link className="text-primary hover:underline" scroll={false} href={state.href({ view: "settings", resource: null, method: null })}>
                    Settings
                  </Link>
                  .
                </p>
              ) : null}
              <TimeSeriesChart
                rows={rows}
                stepMinutes={step}
                kind="area"
                lines={[
                  { key: "cacheHits", name: "CacheHitCount", color: COLORS.hits },
                  // Amber rather than the muted grey: misses must stand out from the zero line.
                  { key: "cacheMisses", name: "CacheMissCount", color: COLORS.canary },
                ]}
                testId="chart-cache"
              />
            </div>
          </Card>
        ) : null}
      </div>

      {!drilled ? (
        <Card>
          <CardHeader
            title={
              <span className="flex items-center gap-1.5">
                <LineChart className="size-4 text-muted-foreground" /> By method
              </span>
            }
            description={`Last ${t.range.label}. Pick a method to see its charts.`}
          />
          <div className="p-3">
            {resources.isPending ? (
              <Skeleton className="h-24 w-full" />
            ) : methods.length === 0 ? (
              <p className="px-1 py-2 text-sm text-muted-foreground">This API has no methods.</p>
            ) : (
              <Table aria-label="Metrics by method">
                <THead>
                  <TR>
                    <TH>Method</TH>
                    <TH className="text-right">Requests</TH>
                    <TH className="text-right">4XX</TH>
                    <TH className="text-right">5XX</TH>
                    <TH className="text-right">p50</TH>
                    <TH className="text-right">p99</TH>
                    <TH className="whitespace-nowrap text-right" title="CacheHitCount / (CacheHitCount + CacheMissCount)">
                      Cache hit ratio
                    </TH>
                  </TR>
                </THead>
                <TBody>
                  {methods.map((m, i) => {
                    const q = perMethod[i];
                    const mt = q?.data?.series[0]?.totals;
                    return (
                      <TR
                        key={`${m.httpMethod} ${m.resourcePath}`}
                        className="cursor-pointer hover:bg-muted/60"
                        onClick={() => drill(m.resourcePath, m.httpMethod)}
                        data-testid={`method-metrics-${m.httpMethod}-${m.resourcePath}`}
                      >
                        <TD>
                          <button
                            type="button"
                            className="flex items-center gap-2 hover:text-primary"
                            aria-label={`Show ${m.httpMethod} ${m.resourcePath}`}
                            onClick={(e) => {
                              e.stopPropagation();
                              drill(m.resourcePath, m.httpMethod);
                            }}
                          >
                            <VerbBadge verb={m.httpMethod} size="xs" />
                            <PathText path={m.resourcePath} className="text-xs" />
                          </button>
                        </TD>
                        {mt ? (
                          <TotalsCells totals={mt} />
                        ) : (
                          <TD colSpan={6}>
                            <Skeleton className="h-4 w-full" />
                          </TD>
                        )}
                      </TR>
                    );
                  })}
                  {unmatched && unmatched.count > 0 ? (
                    <TR data-testid="method-metrics-unmatched">
                      <TD className="text-xs text-muted-foreground">No matching route (403 Missing Authentication Token)</TD>
                      <TotalsCells totals={unmatched} noCache />
                    </TR>
                  ) : null}
                </TBody>
              </Table>
            )}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
