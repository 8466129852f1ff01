"use client";
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricsPoint } from "@/components/data/stage-types";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

export const COLORS = {
  requests: "var(--color-primary)",
  base: "var(--color-primary)",
  canary: "#d97706",
  c4xx: "var(--color-warning)",
  c5xx: "var(--color-destructive)",
  p50: "var(--color-primary)",
  p90: "#7c3aed",
  p99: "var(--color-warning)",
  hits: "var(--color-success)",
  misses: "var(--color-muted-foreground)",
};

const AXIS = { fontSize: 11, fill: "var(--color-muted-foreground)" };
const TOOLTIP = {
  contentStyle: { fontSize: 12, background: "var(--color-card)", border: "1px solid var(--color-border)", borderRadius: 6 },
  labelStyle: { color: "var(--color-muted-foreground)" },
};

/** The next "round" number at or above n: 1, 2, 2.5, 5 times a power of ten. */
export function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

export function timeLabel(t: number, stepMinutes: number): string {
  return new Date(t).toLocaleString(
    undefined,
    stepMinutes >= 60 ? { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" } : { hour: "2-digit", minute: "2-digit" },
  );
}

export const fmtCount = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k` : String(n));
export const fmtMs = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
export const fmtPct = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(part && part / whole < 0.001 ? 2 : 1)} %` : "—");

export interface ChartLine {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

/**
 * One time series chart. `rows` carry `t` (epoch ms) and one number (or null) per line key.
 * `kind: "area"` stacks nothing; it just fills under counts so sparse traffic stays visible.
 */
export function TimeSeriesChart({
  rows,
  lines,
  stepMinutes,
  unit,
  kind = "line",
  height = 200,
  yMax,
  testId,
}: {
  rows: Record<string, number | null>[] | undefined;
  lines: ChartLine[];
  stepMinutes: number;
  unit?: "ms" | "count";
  kind?: "line" | "area";
  height?: number;
  yMax?: number;
  testId?: string;
}) {
  if (!rows)
    return (
      <div style={{ height }}>
        <Skeleton className="h-full w-full" />
      </div>
    );
  const data = rows.map((r) => ({ ...r, label: timeLabel(r.t as number, stepMinutes) }));
  // With only a few non-empty steps a line has nothing to join: mark the points themselves.
  const sparse = (key: string) => rows.filter((r) => r[key] !== null && r[key] !== undefined && r[key] !== 0).length <= 3;
  const top = yMax ? niceCeil(yMax) : undefined;
  const fmt = (v: unknown) => (typeof v === "number" ? (unit === "ms" ? fmtMs(v) : v.toLocaleString()) : "—");
  const common = {
    data,
    margin: { top: 8, right: 12, left: 0, bottom: 0 },
  };
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" vertical={false} />
      <XAxis dataKey="label" tick={AXIS} minTickGap={32} tickLine={false} axisLine={{ stroke: "var(--color-border)" }} />
      <YAxis
        tick={AXIS}
        width={unit === "ms" ? 52 : 40}
        allowDecimals={unit === "ms"}
        tickLine={false}
        axisLine={false}
        domain={[0, top ?? "auto"]}
        tickFormatter={(v: number) => (unit === "ms" ? `${v >= 100 ? Math.round(v) : +v.toFixed(1)}` : fmtCount(v))}
      />
      <Tooltip {...TOOLTIP} formatter={(v) => fmt(v)} />
      <Legend wrapperStyle={{ fontSize: 12 }} iconType="plainline" />
    </>
  );
  return (
    <div style={{ height }} data-testid={testId} className="w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        {kind === "area" ? (
          <AreaChart {...common}>
            {axes}
            {lines.map((l) => (
              <Area
                key={l.key}
                type="monotone"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                fill={l.color}
                fillOpacity={0.12}
                strokeWidth={1.5}
                strokeDasharray={l.dashed ? "4 3" : undefined}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </AreaChart>
        ) : (
          <LineChart {...common}>
            {axes}
            {lines.map((l) => (
              <Line
                key={l.key}
                type="monotone"
                dataKey={l.key}
                name={l.name}
                stroke={l.color}
                strokeWidth={1.5}
                strokeDasharray={l.dashed ? "4 3" : undefined}
                dot={sparse(l.key) ? { r: 2.5, fill: l.color, strokeWidth: 0 } : false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}

/** Rows for a chart from one series' points: `{t, count, count4xx, ...}` as they come. */
export function rowsOf(points: MetricsPoint[] | undefined): Record<string, number | null>[] | undefined {
  return points?.map((p) => ({ ...p }));
}

/** A number with its label, as a compact tile. */
export function StatTile({
  label,
  value,
  hint,
  tone,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  tone?: "warning" | "destructive" | "success";
  testId?: string;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5 rounded-lg border border-border bg-card px-3 py-2.5">
      <span className="truncate text-xs text-muted-foreground">{label}</span>
      <span
        data-testid={testId}
        className={cn(
          "truncate font-mono text-lg font-semibold tabular-nums",
          tone === "warning" && "text-warning",
          tone === "destructive" && "text-destructive",
          tone === "success" && "text-success",
        )}
      >
        {value}
      </span>
      {hint ? <span className="truncate text-[11px] text-muted-foreground">{hint}</span> : null}
    </div>
  );
}
