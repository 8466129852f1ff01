/**
 * Duration histograms for p50 / p99: log-spaced buckets (10% apart), so a minute's durations
 * fit in a few dozen counters and percentiles come back within about 5%.
 */
export type Histogram = Record<string, number>;

const BASE = Math.log(1.1);

export function bucketOf(ms: number): number {
  return Math.max(0, Math.ceil(Math.log(Math.max(ms, 0) + 1) / BASE));
}

/** The upper bound of a bucket, in ms. */
export function bucketValue(bucket: number): number {
  return Math.exp(bucket * BASE) - 1;
}

export function mergeHistograms(a: Histogram, b: Histogram): Histogram {
  const out: Histogram = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The p-th percentile (0..1) of a histogram, or null when empty. */
export function percentile(h: Histogram, p: number): number | null {
  const entries = Object.entries(h)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((x, y) => x[0] - y[0]);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (!total) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const [k, v] of entries) {
    seen += v;
    if (seen >= rank) return bucketValue(k);
  }
  return bucketValue(entries[entries.length - 1][0]);
}
