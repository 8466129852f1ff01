/**
 * The gateway process: serves every deployed stage from SQLite on ARCHWAY_GATEWAY_PORT,
 * reloading within a poll interval when a deployment or stage changes.
 */
import Database from "better-sqlite3";
import { loadSettings, sqlitePath } from "./config/settings";
import { StageRegistry } from "./deployments/stage-registry";
import { createFunctionRuntime, setFunctionRuntime } from "./functions/index";
import { createGatewayServer } from "./http/server";
import { MetricsAggregator } from "./metrics/aggregator";
import { sampleOf } from "./metrics/sample";

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

const metrics = new MetricsAggregator(db);
metrics.start(settings.metricsFlushIntervalMs);

const server = createGatewayServer({
  registry,
  onResponse(ctx) {
    const sample = sampleOf(ctx);
    if (sample) metrics.record(sample);
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
    void functions.close().finally(() => {
      db.close();
      process.exit(0);
    });
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
