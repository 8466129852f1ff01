"use client";
import { useStageMetrics } from "@/components/data/use-stage-metrics";
import type { MetricsSeries } from "@/components/data/stage-types";
import type { Stage } from "@/components/data/types";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { COLORS, TimeSeriesChart, fmtMs, fmtPct, rowsOf } from "./metric-charts";
import { TimeRangeControls, useTimeRange } from "./time-range";

function maxOf(series: (MetricsSeries | undefined)[], keys: ("count" | "latencyP99" | "latencyP50")[]) {
  let m = 0;
  for (const s of series) for (const p of s?.points ?? []) for (const k of keys) m = Math.max(m, p[k] ?? 0);
  return m || undefined;
}

/** Base and canary traffic side by side: a comparison of totals, then the same charts for each. */
export function CanaryMetrics({ apiId, stage }: { apiId: string; stage: Stage }) {
  const t = useTimeRange("15");
  const metrics = useStageMetrics({
    apiId,
    stage: stage.stageName,
    rangeMinutes: t.range.minutes,
    stepMinutes: t.range.step,
    splitCanary: true,
    refreshMs: t.refreshMs,
  });
  const base = metrics.data?.series.find((s) => s.name === "base");
  const canary = metrics.data?.series.find((s) => s.name === "canary");
  const all = (base?.totals.count ?? 0) + (canary?.totals.count ?? 0);
  const step = metrics.data?.stepMinutes ?? t.range.step;
  const countMax = maxOf([base, canary], ["count"]);
  const latencyMax = maxOf([base, canary], ["latencyP99", "latencyP50"]);

  const rows: { label: string; value: (s: MetricsSeries | undefined) => React.ReactNode; bad?: (s: MetricsSeries | undefined) => boolean }[] = [
    { label: "Requests", value: (s) => (s ? s.totals.count.toLocaleString() : "—") },
    { label: "Share of requests", value: (s) => (s ? fmtPct(s.totals.count, all) : "—") },
    { label: "4XX errors", value: (s) => (s ? `${s.totals.count4xx} (${fmtPct(s.totals.count4xx, s.totals.count)})` : "—"), bad: (s) => !!s?.totals.count4xx },
    { label: "5XX errors", value: (s) => (s ? `${s.totals.count5xx} (${fmtPct(s.totals.count5xx, s.totals.count)})` : "—"), bad: (s) => !!s?.totals.count5xx },
    { label: "Latency p50", value: (s) => fmtMs(s?.totals.latencyP50) },
    { label: "Latency p99", value: (s) => fmtMs(s?.totals.latencyP99) },
  ];

  return (
    <Card>
      <CardHeader
        title="Base vs canary"
        description={`Requests, errors and latency of ${stage.stageName}, split by which deployment answered. The gateway writes metrics every few seconds.`}
        actions={<TimeRangeControls defaultRange="15" fetching={metrics.isFetching} onRefresh={() => metrics.refetch()} />}
      />
      <div className="flex flex-col gap-4 p-4">
        {metrics.isError ? <ErrorState error={metrics.error} title="Could not load metrics" onRetry={() => metrics.refetch()} /> : null}
        <table className="w-full text-sm" aria-label="Base and canary totals" data-testid="canary-totals">
          <thead>
            <tr className="border-b border-border text-xs text-muted-foreground">
              <th className="py-1.5 text-left font-medium">Last {t.range.label}</th>
              <th className="w-1/3 py-1.5 text-right font-medium">
                <span className="mr-1.5 inline-block size-2 rounded-full bg-primary align-middle" />
                Base
              </th>
              <th className="w-1/3 py-1.5 text-right font-medium">
                <span className="mr-1.5 inline-block size-2 rounded-full bg-[#d97706] align-middle" />
                Canary
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-b border-border/60 last:border-0">
                <td className="py-1.5 text-muted-foreground">{r.label}</td>
                {[base, canary].map((s, i) => (
                  <td
                    key={i}
                    className={cn("py-1.5 text-right font-mono tabular-nums", r.bad?.(s) && "text-destructive")}
                    data-testid={r.label === "Requests" ? `canary-requests-${i ? "canary" : "base"}` : undefined}
                  >
                    {metrics.data ? r.value(s) : <Skeleton className="ml-auto h-4 w-16" />}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="grid gap-4 md:grid-cols-2">
          {[
            { name: "Base", s: base, color: COLORS.base },
            { name: "Canary", s: canary, color: COLORS.canary },
          ].map(({ name, s, color }) => (
            <div key={name} className="flex min-w-0 flex-col gap-2 rounded-lg border border-border p-3" data-testid={`canary-side-${name.toLowerCase()}`}>
              <h4 className="flex items-center gap-2 text-sm font-semibold">
                <span className="inline-block size-2.5 rounded-full" style={{ background: color }} /> {name}
              </h4>
              <p className="text-xs text-muted-foreground">Requests and errors per {step} min</p>
              <TimeSeriesChart
                rows={metrics.data ? rowsOf(s?.points ?? []) : undefined}
                stepMinutes={step}
                kind="area"
                height={160}
                yMax={countMax}
                lines={[
                  { key: "count", name: "Requests", color },
                  { key: "count4xx", name: "4XX", color: COLORS.c4xx },
                  { key: "count5xx", name: "5XX", color: COLORS.c5xx },
                ]}
              />
              <p className="text-xs text-muted-foreground">Latency (ms)</p>
              <TimeSeriesChart
                rows={metrics.data ? rowsOf(s?.points ?? []) : undefined}
                stepMinutes={step}
                unit="ms"
                height={160}
                yMax={latencyMax}
                lines={[
                  { key: "latencyP50", name: "p50", color },
                  { key: "latencyP99", name: "p99", color: COLORS.p99, dashed: true },
                ]}
              />
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
}
