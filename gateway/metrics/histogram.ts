/**
 * A fixed-bucket latency histogram: mergeable across minutes, processes and flushes by adding
 * counts, which percentiles over arbitrary ranges need. Bounds in ms, roughly 1-2-3-5 steps.
 */
export const BOUNDS_MS = [1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10000, 15000, 20000, 30000];
export const BUCKETS = BOUNDS_MS.length + 1; // the last one is "above 30 s"

export function bucketOf(ms: number): number {
  // Linear scan beats binary search at this size and keeps the code obvious.
  for (let i = 0; i < BOUNDS_MS.length; i++) if (ms <= BOUNDS_MS[i]) return i;
  return BOUNDS_MS.length;
}

export function emptyHistogram(): number[] {
  return new Array(BUCKETS).fill(0);
}

export function mergeInto(target: number[], source: number[]): number[] {
  for (let i = 0; i < BUCKETS; i++) target[i] = (target[i] ?? 0) + (source[i] ?? 0);
  return target;
}

/** The upper bound of the bucket holding the p-th percentile (0 < p ≤ 100); null when empty. */
export function percentile(hist: number[], p: number): number | null {
  const total = hist.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.ceil((p / 100) * total);
  let seen = 0;
  for (let i = 0; i < hist.length; i++) {
    seen += hist[i];
    if (seen >= rank) return i < BOUNDS_MS.length ? BOUNDS_MS[i] : BOUNDS_MS[BOUNDS_MS.length - 1] * 2;
  }
  return null;
}
