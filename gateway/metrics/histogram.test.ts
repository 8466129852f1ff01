/** Duration histograms: buckets within 10%, percentiles, merging. */
import { describe, expect, it } from "vitest";
import { bucketOf, bucketValue, mergeHistograms, percentile, type Histogram } from "./histogram";

describe("duration histograms", () => {
  it("a bucket's value bounds its durations within 10%", () => {
    for (const ms of [0.2, 1, 3.7, 12, 99, 1234, 60_000]) {
      const v = bucketValue(bucketOf(ms));
      expect(v).toBeGreaterThanOrEqual(ms - 1e-9);
      expect(v).toBeLessThanOrEqual((ms + 1) * 1.1);
    }
  });

  it("percentiles of merged histograms", () => {
    const a: Histogram = {};
    const b: Histogram = {};
    for (let i = 1; i <= 100; i++) {
      const h = i % 2 ? a : b;
      const k = bucketOf(i);
      h[k] = (h[k] ?? 0) + 1;
    }
    const all = mergeHistograms(a, b);
    expect(percentile(all, 0.5)!).toBeGreaterThanOrEqual(50);
    expect(percentile(all, 0.5)!).toBeLessThan(57);
    expect(percentile(all, 0.99)!).toBeGreaterThanOrEqual(99);
    expect(percentile({}, 0.5)).toBeNull();
  });
});
