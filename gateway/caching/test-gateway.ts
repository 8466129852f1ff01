/**
 * Test support for throttling and caching: a real gateway over a real temp SQLite file (as
 * gateway/testing/harness.ts builds it) with in-memory stores on an injected clock, metrics
 * recorded the way gateway/server.ts records them, and helpers that write a stage's cache and
 * throttle settings into the Stage row as UpdateStage / FlushStageCache do.
 */
import type Database from "better-sqlite3";
import { StageRegistry } from "../deployments/stage-registry";
import { createGatewayServer } from "../http/server";
import { MetricsAggregator } from "../metrics/aggregator";
import { sampleOf } from "../metrics/sample";
import type { MethodSetting } from "../model/api-types";
import type { ApiSnapshot } from "../model/snapshot";
import { createLocalStores, type LocalStores } from "../stores/local";
import { setGatewayStores } from "../stores/index";
import { configureAccountLimits, type AccountLimits } from "../throttling/throttle-plan";
import { bumpRevision, createTestDatabase, deploySnapshot, type TestDatabase } from "../testing/database";
import { listen, type RunningServer } from "../testing/servers";

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = 1_000_000): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export interface StageCacheSettings {
  methodSettings?: Record<string, MethodSetting>;
  cacheClusterEnabled?: boolean;
  canary?: { percentTraffic: number; deploymentId?: string; useStageCache?: boolean } | null;
}

export interface StoreGateway {
  tdb: TestDatabase;
  registry: StageRegistry;
  gateway: RunningServer;
  stores: LocalStores;
  clock: TestClock;
  metrics: MetricsAggregator;
  deploy(snapshot: ApiSnapshot, stage?: string): string;
  /** Writes the stage's method settings / cache cluster / canary and reloads, as UpdateStage does. */
  configure(apiId: string, stage: string, settings: StageCacheSettings): void;
  /** FlushStageCache: bumps the stage's cache epoch and reloads. */
  flush(apiId: string, stage: string): void;
  url(apiId: string, path: string, stage?: string): string;
  close(): Promise<void>;
}

export function writeStageSettings(db: Database.Database, apiId: string, stage: string, s: StageCacheSettings) {
  db.transaction(() => {
    if (s.methodSettings) db.prepare("UPDATE Stage SET methodSettings = ? WHERE restApiId = ? AND stageName = ?").run(JSON.stringify(s.methodSettings), apiId, stage);
    if (s.cacheClusterEnabled !== undefined) {
      db.prepare("UPDATE Stage SET cacheClusterEnabled = ?, cacheClusterSize = ? WHERE restApiId = ? AND stageName = ?").run(
        s.cacheClusterEnabled ? 1 : 0,
        s.cacheClusterEnabled ? "0.5" : null,
        apiId,
        stage,
      );
    }
    if (s.canary !== undefined) {
      db.prepare("UPDATE Stage SET canarySettings = ? WHERE restApiId = ? AND stageName = ?").run(s.canary ? JSON.stringify(s.canary) : null, apiId, stage);
    }
    bumpRevision(db);
  })();
}

export async function startStoreGateway(opts: { account?: AccountLimits } = {}): Promise<StoreGateway> {
  const clock = testClock();
  const stores = createLocalStores({ cacheMaxBytes: 64 * 1024 * 1024, clock: clock.now });
  setGatewayStores(stores);
  configureAccountLimits(opts.account ?? { rateLimit: 10_000, burstLimit: 5_000 });
  const tdb = createTestDatabase();
  const registry = new StageRegistry(tdb.db);
  registry.refresh();
  const metrics = new MetricsAggregator(tdb.db);
  const gateway = await listen(
    createGatewayServer({
      registry,
      onResponse(ctx) {
        const sample = sampleOf(ctx);
        if (sample) metrics.record(sample);
      },
    }),
  );
  return {
    tdb,
    registry,
    gateway,
    stores,
    clock,
    metrics,
    deploy(snapshot, stage = "dev") {
      const id = deploySnapshot(tdb.db, snapshot, stage);
      registry.refresh();
      return id;
    },
    configure(apiId, stage, settings) {
      writeStageSettings(tdb.db, apiId, stage, settings);
      registry.refresh();
    },
    flush(apiId, stage) {
      tdb.db
        .prepare("INSERT INTO Meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")
        .run(`cache_epoch:stage:${apiId}/${stage}`);
      bumpRevision(tdb.db);
      registry.refresh();
    },
    url: (apiId, path, stage = "dev") => `${gateway.url}/restapis/${apiId}/${stage}/_user_request_${path}`,
    async close() {
      await gateway.close();
      await stores.close();
      setGatewayStores(undefined);
      tdb.close();
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
