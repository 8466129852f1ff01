/**
 * `npm run bench:reload`: how long a new deployment takes to be served. Starts the gateway as
 * production runs it, then repeatedly writes a new deployment (as CreateDeployment does: a
 * snapshot row, the stage repointed, the revision bumped) and polls the invoke URL until the
 * new version answers. Prints p50 / p90 / max over the runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { createTestDatabase, deploySnapshot } from "../gateway/testing/database";
import { method, mockIntegration, snapshot } from "../gateway/testing/snapshots";
import { API_ID, STAGE, deployBenchApi, startGateway } from "./gateway";
import { stopAll } from "./children";

const RUNS = Number(process.env.BENCH_RELOAD_RUNS ?? 30);

const version = (v: number) => snapshot(API_ID, { "/": [], "/mock": [method("GET", mockIntegration(`{"v": ${v}}`))] });

async function main() {
  const tdb = createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), "archway-reload-"));
  deployBenchApi(tdb.db, "http://127.0.0.1:9");
  tdb.db.close();
  const db = new Database(tdb.path);
  try {
    const gw = await startGateway(dataDir, tdb.path);
    const samples: number[] = [];
    for (let v = 1; v <= RUNS; v++) {
      const started = performance.now();
      deploySnapshot(db, version(v), STAGE);
      for (;;) {
        const body = await fetch(gw.mockUrl).then((r) => r.text());
        if (body === `{"v": ${v}}`) break;
      }
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))].toFixed(0);
    console.log(`deployment → served, ${RUNS} runs (poll interval ${process.env.ARCHWAY_RELOAD_INTERVAL_MS ?? 200} ms):`);
    console.log(`| p50 ms | p90 ms | max ms |\n|---:|---:|---:|\n| ${at(50)} | ${at(90)} | ${samples.at(-1)!.toFixed(0)} |`);
  } finally {
    await stopAll();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(tdb.dir, { recursive: true, force: true });
  }
}

await main();
