/**
 * Reads request metrics for dashboards: per time step, requests, 4XX, 5XX, average and
 * percentile latency (from merged histograms), cache hits, optionally split base vs canary.
 */
import { prisma } from "../../../prisma/client";
import { mergeHistograms, parseHistogram, percentile, type Histogram } from "../../../gateway/metrics/histogram";

export interface MetricsQuery {
  restApiId: string;
  stage?: string;
  resourcePath?: string;
  httpMethod?: string;
  from: number; // epoch ms
  to: number; // epoch ms
  stepMinutes: number;
  splitCanary: boolean;
}

export interface MetricsPoint {
  t: number; // epoch ms of the step start
  count: number;
  count4xx: number;
  count5xx: number;
  latencyAvg: number | null;
  latencyP50: number | null;
  latencyP90: number | null;
  latencyP99: number | null;
  integrationLatencyAvg: number | null;
  cacheHits: number;
  cacheMisses: number;
}

export interface MetricsSeries {
  name: "all" | "base" | "canary";
  points: MetricsPoint[];
  totals: MetricsPoint;
}

interface Acc {
  count: number; count4xx: number; count5xx: number; latencySum: number; integrationLatencySum: number;
  hist: Histogram; cacheHits: number; cacheMisses: number;
}

const newAcc = (): Acc => ({ count: 0, count4xx: 0, count5xx: 0, latencySum: 0, integrationLatencySum: 0, hist: {}, cacheHits: 0, cacheMisses: 0 });

function point(t: number, a: Acc): MetricsPoint {
  return {
    t,
    count: a.count,
    count4xx: a.count4xx,
    count5xx: a.count5xx,
    latencyAvg: a.count ? a.latencySum / a.count : null,
    latencyP50: percentile(a.hist, 0.5),
    latencyP90: percentile(a.hist, 0.9),
    latencyP99: percentile(a.hist, 0.99),
    integrationLatencyAvg: a.count ? a.integrationLatencySum / a.count : null,
    cacheHits: a.cacheHits,
    cacheMisses: a.cacheMisses,
  };
}

export async function queryMetrics(q: MetricsQuery): Promise<MetricsSeries[]> {
  const rows = await prisma.metricBucket.findMany({
    where: {
      restApiId: q.restApiId,
      ...(q.stage ? { stage: q.stage } : {}),
      ...(q.resourcePath !== undefined ? { resourcePath: q.resourcePath } : {}),
      ...(q.httpMethod ? { httpMethod: q.httpMethod } : {}),
      minute: { gte: Math.floor(q.from / 60_000), lte: Math.floor(q.to / 60_000) },
    },
  });
  const names: MetricsSeries["name"][] = q.splitCanary ? ["base", "canary"] : ["all"];
  const stepMs = q.stepMinutes * 60_000;
  const start = Math.floor(q.from / stepMs) * stepMs;
  return names.map((name) => {
    const steps = new Map<number, Acc>();
    const total = newAcc();
    for (const r of rows) {
      if (name === "base" && r.canary) continue;
      if (name === "canary" && !r.canary) continue;
      const t = Math.floor((r.minute * 60_000) / stepMs) * stepMs;
      let acc = steps.get(t);
      if (!acc) steps.set(t, (acc = newAcc()));
      const hist = parseHistogram(r.latencyHist);
      for (const a of [acc, total]) {
        a.count += r.count;
        a.count4xx += r.count4xx;
        a.count5xx += r.count5xx;
        a.latencySum += r.latencySum;
        a.integrationLatencySum += r.integrationLatencySum;
        a.hist = mergeHistograms(a.hist, hist);
        a.cacheHits += r.cacheHits;
        a.cacheMisses += r.cacheMisses;
      }
    }
    const points: MetricsPoint[] = [];
    for (let t = start; t <= q.to; t += stepMs) points.push(point(t, steps.get(t) ?? newAcc()));
    return { name, points, totals: point(start, total) };
  });
}
