/**
 * Console: GET /api/functions/{name}/metrics?minutes=60 — per-minute invocations, errors,
 * throttles, cold starts and duration percentiles (from the merged histograms), plus totals.
 */
import "server-only";
import { invalidParameter } from "@/gateway/functions/errors";
import { mergeHistograms, percentile, type Histogram } from "@/gateway/metrics/histogram";
import { prisma, refOf, requireFunction } from "./store";

export interface FunctionMetricPoint {
  /** Epoch ms of the minute (or of the bucket's start when buckets span several minutes). */
  time: number;
  invocations: number;
  errors: number;
  throttles: number;
  coldStarts: number;
  p50: number | null;
  p99: number | null;
  avg: number | null;
}

export async function getMetrics(functionName: string, query: URLSearchParams) {
  const { name } = refOf(functionName);
  await requireFunction(prisma, name);
  const minutes = query.get("minutes") ? Number(query.get("minutes")) : 60;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 14 * 24 * 60) throw invalidParameter("minutes must be between 5 and 20160");
  const now = Math.floor(Date.now() / 60_000);
  const from = now - minutes + 1;
  const rows = await prisma.functionMetric.findMany({ where: { functionName: name, minute: { gte: from } }, orderBy: { minute: "asc" } });
  // At most 120 points: buckets of several minutes for long ranges.
  const step = Math.max(1, Math.ceil(minutes / 120));
  const buckets = new Map<number, { invocations: number; errors: number; throttles: number; coldStarts: number; sum: number; h: Histogram }>();
  for (let m = from; m <= now; m += step) buckets.set(m, { invocations: 0, errors: 0, throttles: 0, coldStarts: 0, sum: 0, h: {} });
  const total = { invocations: 0, errors: 0, throttles: 0, coldStarts: 0, sum: 0, h: {} as Histogram };
  for (const r of rows) {
    const key = from + Math.floor((r.minute - from) / step) * step;
    const b = buckets.get(key);
    const h = JSON.parse(r.histogram || "{}") as Histogram;
    for (const t of b ? [b, total] : [total]) {
      t.invocations += r.invocations;
      t.errors += r.errors;
      t.throttles += r.throttles;
      t.coldStarts += r.coldStarts;
      t.sum += r.durationSum;
      t.h = mergeHistograms(t.h, h);
    }
  }
  const point = (time: number, b: typeof total): FunctionMetricPoint => ({
    time,
    invocations: b.invocations,
    errors: b.errors,
    throttles: b.throttles,
    coldStarts: b.coldStarts,
    p50: round(percentile(b.h, 0.5)),
    p99: round(percentile(b.h, 0.99)),
    avg: b.invocations ? round(b.sum / b.invocations) : null,
  });
  return {
    stepMinutes: step,
    points: [...buckets].map(([m, b]) => point(m * 60_000, b)),
    totals: point(from * 60_000, total),
  };
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
