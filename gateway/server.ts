/**
 * The gateway process: serves every deployed stage from SQLite on ARCHWAY_GATEWAY_PORT,
 * reloading within a poll interval when a deployment or stage changes.
 */
import Database from "better-sqlite3";
import { loadSettings, sqlitePath } from "./config/settings";
import { StageRegistry } from "./deployments/stage-registry";
import { createFunctionRuntime, setFunctionRuntime } from "./functions/index";
import { createGatewayServer } from "./http/server";
import { GatewayLogSink } from "./logging/log-sink";
import { requestLogRecords } from "./logging/request-logs";
import { MetricsAggregator } from "./metrics/aggregator";
import { sampleOf } from "./metrics/sample";
import { createGatewayStores, setGatewayStores } from "./stores/index";
import { configureAccountLimits } from "./throttling/throttle-plan";

const settings = loadSettings();
const db = new Database(sqlitePath(settings.databaseUrl), { fileMustExist: true });
db.pragma("busy_timeout = 5000");

const registry = new StageRegistry(db, ({ stages, compiled, ms }) =>
  console.log(`[gateway] serving ${stages} stage(s); compiled ${compiled} deployment(s) in ${ms.toFixed(1)} ms`),
);
registry.start(settings.reloadIntervalMs);

// Local Lambda functions for AWS / AWS_PROXY integrations (worker threads off this event loop).
const functions = createFunctionRuntime(db, settings);
setFunctionRuntime(functions);

// Throttle buckets and the stage cache: in memory, or in Redis (REDIS_URL) shared by every gateway.
const stores = createGatewayStores(settings);
setGatewayStores(stores);
configureAccountLimits({ rateLimit: settings.accountThrottleRateLimit, burstLimit: settings.accountThrottleBurstLimit });
await stores.ready();
if (stores.kind === "redis") console.log("[gateway] throttling and caches in Redis (REDIS_URL)");

const metrics = new MetricsAggregator(db);
metrics.start(settings.metricsFlushIntervalMs);

// Stage execution and access logs: queued per response, written in batches.
const gatewayLogs = new GatewayLogSink(db, {
  flushIntervalMs: settings.gatewayLogFlushIntervalMs,
  retentionMs: settings.gatewayLogRetentionHours * 3600_000,
  maxPerGroup: settings.gatewayLogMaxPerStage,
});
gatewayLogs.start();

const server = createGatewayServer({
  registry,
  onResponse(ctx) {
    const sample = sampleOf(ctx);
    if (sample) metrics.record(sample);
    const logs = requestLogRecords(ctx, settings.accountId);
    if (logs) gatewayLogs.record(logs);
  },
});
server.listen(settings.gatewayPort, settings.host, () => {
  console.log(`[gateway] listening on http://${settings.host}:${settings.gatewayPort}`);
});

function shutdown() {
  registry.stop();
  metrics.stop();
  // Finish requests in flight, then exit; idle keep-alive sockets are closed right away.
  server.close(() => {
    gatewayLogs.stop(); // after the requests in flight, so their logs are written too
    void Promise.allSettled([functions.close(), stores.close()]).finally(() => {
      db.close();
      process.exit(0);
    });
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
