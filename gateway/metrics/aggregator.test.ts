import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/database";
import { MetricsAggregator, type RequestSample } from "./aggregator";
import { parseHistogram, percentile } from "./histogram";

let tdb: TestDatabase;
beforeEach(() => (tdb = createTestDatabase()));
afterEach(() => tdb.close());

const at = Date.UTC(2026, 10, 21, 6, 30, 10);
const sample = (over: Partial<RequestSample> = {}): RequestSample => ({
  restApiId: "api1", stage: "dev", resourcePath: "/pets", httpMethod: "GET", canary: false, status: 200, latencyMs: 4, at, ...over,
});

describe("MetricsAggregator", () => {
  it("writes nothing until flushed, then one row per minute × method × canary", () => {
    const m = new MetricsAggregator(tdb.db);
    m.record(sample());
    m.record(sample({ status: 404, latencyMs: 40 }));
    m.record(sample({ status: 502, canary: true }));
    m.record(sample({ at: at + 60_000 }));
    expect(tdb.db.prepare("SELECT COUNT(*) AS n FROM MetricBucket").get()).toEqual({ n: 0 });
    expect(m.flush()).toBe(3);
    const rows = tdb.db.prepare("SELECT minute, canary, count, count4xx, count5xx, latencySum FROM MetricBucket ORDER BY minute, canary").all();
    expect(rows).toEqual([
      { minute: Math.floor(at / 60_000), canary: 0, count: 2, count4xx: 1, count5xx: 0, latencySum: 44 },
      { minute: Math.floor(at / 60_000), canary: 1, count: 1, count4xx: 0, count5xx: 1, latencySum: 4 },
      { minute: Math.floor(at / 60_000) + 1, canary: 0, count: 1, count4xx: 0, count5xx: 0, latencySum: 4 },
    ]);
  });

  it("merges later flushes into the same rows, histograms included", () => {
    const m = new MetricsAggregator(tdb.db);
    m.record(sample({ latencyMs: 1 }));
    m.flush();
    m.record(sample({ latencyMs: 900 }));
    m.flush();
    const row = tdb.db.prepare("SELECT count, latencyHist FROM MetricBucket").get() as { count: number; latencyHist: string };
    expect(row.count).toBe(2);
    const hist = parseHistogram(row.latencyHist);
    // Buckets are 10% apart: percentiles come back as the bucket's upper bound.
    expect(percentile(hist, 0.5)).toBeGreaterThanOrEqual(1);
    expect(percentile(hist, 0.5)).toBeLessThan(1.2);
    expect(percentile(hist, 0.99)).toBeGreaterThanOrEqual(900);
    expect(percentile(hist, 0.99)).toBeLessThan(1000);
  });

  it("keeps the batch when the database refuses it", () => {
    const m = new MetricsAggregator(tdb.db);
    m.record(sample());
    tdb.db.exec("DROP TABLE MetricBucket");
    expect(() => m.flush()).toThrow();
    tdb.db.exec(
      'CREATE TABLE "MetricBucket" ("minute" INTEGER NOT NULL, "restApiId" TEXT NOT NULL, "stage" TEXT NOT NULL, "resourcePath" TEXT NOT NULL, "httpMethod" TEXT NOT NULL, "canary" INTEGER NOT NULL DEFAULT 0, "count" INTEGER NOT NULL DEFAULT 0, "count4xx" INTEGER NOT NULL DEFAULT 0, "count5xx" INTEGER NOT NULL DEFAULT 0, "latencySum" REAL NOT NULL DEFAULT 0, "integrationLatencySum" REAL NOT NULL DEFAULT 0, "latencyHist" TEXT NOT NULL DEFAULT \'{}\', "cacheHits" INTEGER NOT NULL DEFAULT 0, "cacheMisses" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("minute", "restApiId", "stage", "resourcePath", "httpMethod", "canary"))',
    );
    expect(m.flush()).toBe(1);
  });
});
