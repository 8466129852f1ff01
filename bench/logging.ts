/**
 * Stage logging cost on the gateway MOCK route: the same bench API on four stages (logging OFF,
 * INFO, INFO + data trace, ERROR, access log only), each loaded in turn in one gateway process.
 * `npm run bench:logging`; STAGES=off,info picks stages.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, deploySnapshot, setStageSettings, type StageSettings } from "../gateway/testing/database";
import { method, mockIntegration, snapshot } from "../gateway/testing/snapshots";
import { freePort, spawnChild, stopAll, waitForHttp } from "./children";
import { benchSettings, runLoad } from "./load";
import { ACCESS_LOG_PRESETS } from "../gateway/logging/access-log-format";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const API = "archbench1";
const tmp = createTestDatabase();
const snap = snapshot(API, { "/": [], "/mock": [method("GET", mockIntegration('{"ok":true}'))] });
// Method throttling (AWS's 10,000 rps default) would answer some requests 429 at full load.
const fast = { throttlingRateLimit: 1_000_000, throttlingBurstLimit: 1_000_000 };
const stages: Record<string, StageSettings> = {
  off: { methodSettings: { "*/*": { ...fast } } },
  info: { methodSettings: { "*/*": { ...fast, loggingLevel: "INFO" } } },
  trace: { methodSettings: { "*/*": { ...fast, loggingLevel: "INFO", dataTraceEnabled: true } } },
  error: { methodSettings: { "*/*": { ...fast, loggingLevel: "ERROR" } } },
  access: { methodSettings: { "*/*": { ...fast } }, accessLogSettings: { format: ACCESS_LOG_PRESETS.CLF, destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:bench" } },
};
for (const [name, s] of Object.entries(stages)) {
  deploySnapshot(tmp.db, snap, name);
  setStageSettings(tmp.db, API, name, s);
}
tmp.db.close();

const port = await freePort();
const child = spawnChild("gateway", process.execPath, ["--import", "tsx", "gateway/server.ts"], {
  cwd: ROOT,
  env: { ...process.env, ARCHWAY_DATA_DIR: tmp.dir, DATABASE_URL: `file:${tmp.path}`, ARCHWAY_GATEWAY_PORT: String(port), ARCHWAY_HOST: "127.0.0.1", ARCHWAY_THROTTLE_RATE_LIMIT: "0", ARCHWAY_THROTTLE_BURST_LIMIT: "0" },
});
const url = (stage: string) => `http://127.0.0.1:${port}/restapis/${API}/${stage}/_user_request_/mock`;
await waitForHttp(child, url("off"), (s) => s === 200);
const settings = benchSettings();
const order = (process.env.STAGES ?? "off,info,trace,error,access,off").split(",");
const out: string[] = [];
for (const stage of order) {
  await waitForHttp(child, url(stage), (s) => s === 200);
  const r = await runLoad(url(stage), settings, [child.proc.pid!]);
  const line = `${stage}: ${Math.round(r.rps)} req/s, p50 ${r.p50.toFixed(2)} ms, CPU ${r.cpuUsPerReq?.toFixed(1)} µs/req, non2xx ${r.non2xx}, errors ${r.errors}`;
  process.stderr.write(line + "\n");
  out.push(line);
}
await stopAll();
const Database = (await import("better-sqlite3")).default;
const db = new Database(tmp.path, { readonly: true });
out.push(`rows written: ${JSON.stringify(db.prepare("SELECT stage, kind, COUNT(*) AS n FROM GatewayLog GROUP BY stage, kind").all())}`);
db.close();
rmSync(tmp.dir, { recursive: true, force: true });
console.log(out.join("\n"));
process.exit(0);
