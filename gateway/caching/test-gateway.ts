/**
 * Test support for throttling and caching: the gateway harness (gateway/testing/harness.ts) with
 * in-memory stores on an injected clock, metrics recorded the way gateway/server.ts records them,
 * and a stage's cache and throttle settings written as UpdateStage / FlushStageCache do.
 */
import { MetricsAggregator } from "../metrics/aggregator";
import { sampleOf } from "../metrics/sample";
import { createLocalStores, type LocalStores } from "../stores/local";
import { setGatewayStores } from "../stores/index";
import { configureAccountLimits, type AccountLimits } from "../throttling/throttle-plan";
import { bumpCacheEpoch, setStageSettings, type StageSettings } from "../testing/database";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = 1_000_000): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export interface StoreGateway extends GatewayHarness {
  stores: LocalStores;
  clock: TestClock;
  metrics: MetricsAggregator;
  /** Writes the stage's method settings / cache cluster / canary and reloads, as UpdateStage does. */
  configure(apiId: string, stage: string, settings: StageSettings): void;
  /** FlushStageCache: bumps the stage's cache epoch and reloads. */
  flush(apiId: string, stage: string): void;
}

export async function startStoreGateway(opts: { account?: AccountLimits } = {}): Promise<StoreGateway> {
  const clock = testClock();
  const stores = createLocalStores({ cacheMaxBytes: 64 * 1024 * 1024, clock: clock.now });
  setGatewayStores(stores);
  configureAccountLimits(opts.account ?? { rateLimit: 10_000, burstLimit: 5_000 });
  let metrics: MetricsAggregator | undefined;
  const h = await startGatewayHarness({
    onResponse(ctx) {
      const sample = sampleOf(ctx);
      if (sample) metrics?.record(sample);
    },
  });
  metrics = new MetricsAggregator(h.tdb.db);
  return {
    ...h,
    stores,
    clock,
    metrics,
    configure(apiId, stage, settings) {
      setStageSettings(h.tdb.db, apiId, stage, settings);
      h.registry.refresh();
    },
    flush(apiId, stage) {
      bumpCacheEpoch(h.tdb.db, "stage", apiId, stage);
      h.registry.refresh();
    },
    async close() {
      await h.close();
      await stores.close();
      setGatewayStores(undefined);
    },
  };
}

/** Sends `n` requests at once; returns their status codes in order. */
export async function burst(url: string, n: number, init?: RequestInit): Promise<number[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const res = await fetch(url, init);
      await res.arrayBuffer();
      return res.status;
    }),
  );
}

/** Every cache hit / miss and 4XX the metrics aggregator saw, once flushed to SQLite. */
export function metricTotals(g: StoreGateway, apiId: string): { count: number; count4xx: number; cacheHits: number; cacheMisses: number } {
  g.metrics.flush();
  return g.tdb.db
    .prepare(
      "SELECT COALESCE(SUM(count),0) AS count, COALESCE(SUM(count4xx),0) AS count4xx, COALESCE(SUM(cacheHits),0) AS cacheHits, COALESCE(SUM(cacheMisses),0) AS cacheMisses FROM MetricBucket WHERE restApiId = ?",
    )
    .get(apiId) as { count: number; count4xx: number; cacheHits: number; cacheMisses: number };
}
