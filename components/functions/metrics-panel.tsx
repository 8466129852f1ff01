"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useState } from "react";
import type { FunctionMetricPoint } from "@/components/data/function-types";
import { useFunctionMetrics } from "@/components/data/use-function-metrics";
import { Card, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import { Segmented } from "@/components/ui/tabs";

const RANGES = [
  { value: "60", label: "1 h" },
  { value: "360", label: "6 h" },
  { value: "1440", label: "24 h" },
  { value: "10080", label: "7 d" },
] as const;

const time = (t: number, minutes: number) =>
  new Date(t).toLocaleString(undefined, minutes > 1440 ? { month: "short", day: "numeric", hour: "2-digit" } : { hour: "2-digit", minute: "2-digit" });

function Stat({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-lg border border-border bg-card px-4 py-3">
      <span className="text-xs text-muted-foreground">{label}</span>
      <span className={`font-mono text-lg font-semibold ${tone ?? ""}`}>{value}</span>
    </div>
  );
}

const AXIS = { fontSize: 11, fill: "var(--color-muted-foreground)" };

/** Per-function metrics: invocations, errors, throttles, cold starts, duration p50 / p99. */
export function MetricsPanel({ name }: { name: string }) {
  const [range, setRange] = useState<(typeof RANGES)[number]["value"]>("60");
  const [auto, setAuto] = useState(true);
  const minutes = Number(range);
  const metrics = useFunctionMetrics(name, minutes, auto);
  const data = (metrics.data?.points ?? []).map((p: FunctionMetricPoint) => ({ ...p, label: time(p.time, minutes) }));
  const t = metrics.data?.totals;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Segmented label="Time range" value={range} onChange={setRange} options={RANGES.map((r) => ({ value: r.value, label: r.label }))} />
        <label className="flex items-center gap-2 text-xs text-muted-foreground">
          <Switch checked={auto} onCheckedChange={setAuto} aria-label="Auto-refresh" /> Auto-refresh (10 s)
        </label>
      </div>
      {metrics.isError ? <ErrorState error={metrics.error} title="Could not load metrics" onRetry={() => metrics.refetch()} /> : null}
      {t ? (
        <div className="grid grid-cols-2 gap-3 md:grid-cols-6" data-testid="function-metrics-totals">
          <Stat label="Invocations" value={String(t.invocations)} />
          <Stat label="Errors" value={String(t.errors)} tone={t.errors ? "text-destructive" : ""} />
          <Stat label="Throttles" value={String(t.throttles)} tone={t.throttles ? "text-warning" : ""} />
          <Stat label="Cold starts" value={String(t.coldStarts)} />
          <Stat label="Duration p50" value={t.p50 === null ? "—" : `${t.p50.toFixed(1)} ms`} />
          <Stat label="Duration p99" value={t.p99 === null ? "—" : `${t.p99.toFixed(1)} ms`} />
        </div>
      ) : (
        <Skeleton className="h-16 w-full" />
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader title="Invocations" description={`Per ${metrics.data?.stepMinutes ?? 1} min: invocations, errors, throttles, cold starts`} />
          <div className="h-64 p-3">
            {metrics.data ? (
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" vertical={false} />
                  <XAxis dataKey="label" tick={AXIS} minTickGap={24} />
                  <YAxis tick={AXIS} allowDecimals={false} />
                  <Tooltip contentStyle={{ fontSize: 12, background: "var(--color-card)", border: "1px solid var(--color-border)" }} />
                  <Legend wrapperStyle={{ fontSize: 12 }} />
                  <Bar dataKey="invocations" name="Invocations" fill="var(--color-primary)" />
                  <Bar dataKey="errors" name="Errors" fill="var(--color-destructive)" />
                  <Bar dataKey="throttles" name="Throttles" fill="var(--color-warning)" />
                  <Bar dataKey="coldStarts" name="Cold starts" fill="var(--color-muted-foreground)" />
                </BarChart>
              </ResponsiveContainer>
            ) : (
              <Skeleton className="h-full w-full" />
            )}
          </div>
        </Card>
        <Card>
          <CardHeader title="Duration" description="p50 and p99 in ms (from per-minute histograms)" />
          <div className="h-64 p-3">
            {metrics.data ? (
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" vertical={false} />
                  <XAxis dataKey="label" tick={AXIS} minTickGap={24} />
                  <YAxis tick={AXIS} />
                  <Tooltip contentStyle={{ fontSize: 12, background: "var(--color-card)", border: "1px solid var(--color-border)" }} />
                  <Legend wrapperStyle={{ fontSize: 12 }} />
                  <Line type="linear" dataKey="p50" name="p50" stroke="var(--color-primary)" dot={{ r: 2 }} isAnimationActive={false} />
                  <Line type="linear" dataKey="p99" name="p99" stroke="var(--color-warning)" dot={{ r: 2 }} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            ) : (
              <Skeleton className="h-full w-full" />
            )}
          </div>
        </Card>
      </div>
    </div>
  );
}
