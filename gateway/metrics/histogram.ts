/**
 * Latency / duration histograms for percentiles, shared by gateway request metrics and function
 * metrics: sparse log-spaced buckets (10% apart), so a minute's samples fit in a few dozen
 * counters, merge by adding counts across minutes, flushes and processes, and percentiles come
 * back within about 5%.
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

/** Counts one sample into `h` (in place). */
export function addSample(h: Histogram, ms: number): void {
  const k = bucketOf(ms);
  h[k] = (h[k] ?? 0) + 1;
}

/** A stored histogram (JSON); anything that is not a bucket map reads as empty. */
export function parseHistogram(json: string): Histogram {
  try {
    const h = JSON.parse(json) as unknown;
    return h && typeof h === "object" && !Array.isArray(h) ? (h as Histogram) : {};
  } catch {
    return {};
  }
}
