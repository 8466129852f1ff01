/**
 * `npx tsx bench/functions.ts`: what a local function costs.
 *
 *   1. Warm invocation overhead through the gateway: the same gateway process loaded on a MOCK
 *      route and on an AWS_PROXY route whose function answers at once; the difference is what
 *      building the proxy event, the worker round trip and validating the response add.
 *   2. The runtime alone (in this process): warm Invoke latency, and cold starts — a new code
 *      revision each time, so every invocation starts a fresh worker and loads the module.
 *
 * Uses the shared bench harness (children, load, report). Same knobs as `npm run bench`:
 *   BENCH_DURATION (s, default 10)  BENCH_CONNECTIONS (default 50)  BENCH_WARMUP (s, default 3)
 *   BENCH_COLD_STARTS (default 20)
 */
import { rmSync } from "node:fs";
import { createTestRuntime, putFunction } from "../gateway/functions/testing";
import type { Integration } from "../gateway/model/api-types";
import { createTestDatabase } from "../gateway/testing/database";
import { deploySnapshot } from "../gateway/testing/database";
import { method, mockIntegration, snapshot } from "../gateway/testing/snapshots";
import { killAllNow, spawnChild, freePort, stopAll, waitForHttp } from "./children";
import { benchSettings, checkOnce, runLoad, type LoadResult } from "./load";

const log = (msg: string) => process.stderr.write(`· ${msg}\n`);
const API = "fnbench001";
const STAGE = "bench";
const HANDLER = "export const handler = async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{\"ok\":true}' });";

const proxy = (fn: string): Integration => ({
  type: "AWS_PROXY",
  httpMethod: "POST",
  uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${fn}/invocations`,
  passthroughBehavior: "WHEN_NO_MATCH",
  timeoutInMillis: 29000,
  cacheKeyParameters: [],
});

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)} ms` : "—");

async function gatewayRows(): Promise<{ mock: LoadResult; fn: LoadResult }> {
  const tmp = createTestDatabase();
  try {
    await putFunction(tmp.db, { name: "bench", files: { "index.mjs": HANDLER }, memorySize: 256 });
    deploySnapshot(tmp.db, snapshot(API, { "/": [], "/mock": [method("GET", mockIntegration('{"ok":true}'))], "/fn": [method("GET", proxy("bench"))] }), STAGE);
  } finally {
    tmp.db.close();
  }
  const port = await freePort();
  const child = spawnChild("gateway", process.execPath, ["--import", "tsx", "gateway/server.ts"], {
    env: { ...process.env, ARCHWAY_DATA_DIR: tmp.dir, DATABASE_URL: `file:${tmp.path}`, ARCHWAY_GATEWAY_PORT: String(port), ARCHWAY_HOST: "127.0.0.1" },
  });
  const base = `http://127.0.0.1:${port}/restapis/${API}/${STAGE}/_user_request_`;
  try {
    await waitForHttp(child, `http://127.0.0.1:${port}/`, () => true);
    await waitForHttp(child, `${base}/mock`, (s) => s === 200);
    for (const url of [`${base}/mock`, `${base}/fn`]) {
      const problem = await checkOnce(url, { ok: true });
      if (problem) throw new Error(`${url} ${problem}`);
    }
    const settings = benchSettings();
    const pids = child.proc.pid === undefined ? [] : [child.proc.pid];
    log(`loading MOCK for ${settings.durationS}s`);
    const mock = await runLoad(`${base}/mock`, settings, pids);
    log(`loading AWS_PROXY for ${settings.durationS}s`);
    const fn = await runLoad(`${base}/fn`, settings, pids);
    return { mock, fn };
  } finally {
    await stopAll();
    rmSync(tmp.dir, { recursive: true, force: true });
  }
}

async function runtimeRows() {
  const tmp = createTestDatabase();
  const runtime = createTestRuntime(tmp.db, tmp.dir);
  try {
    await putFunction(tmp.db, { name: "warm", files: { "index.mjs": HANDLER } });
    await runtime.invoke({ name: "warm" }, "{}");
    const warm: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      await runtime.invoke({ name: "warm" }, '{"path":"/x"}');
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);

    const n = Number(process.env.BENCH_COLD_STARTS || 20);
    const total: number[] = [];
    const init: number[] = [];
    for (let i = 0; i < n; i++) {
      // A new code revision each time: the next invocation cannot reuse a warm instance.
      await putFunction(tmp.db, { name: "cold", files: { "index.mjs": `${HANDLER}\n// revision ${i}` } });
      const t = performance.now();
      const res = await runtime.invoke({ name: "cold" }, "{}");
      total.push(performance.now() - t);
      if (res.initDurationMs === undefined) throw new Error("expected a cold start");
      init.push(res.initDurationMs);
    }
    total.sort((a, b) => a - b);
    init.sort((a, b) => a - b);
    return { warm, total, init, n };
  } finally {
    await runtime.close();
    tmp.close();
  }
}

async function main() {
  const settings = benchSettings();
  const { mock, fn } = await gatewayRows();
  log("measuring the runtime in process");
  const rt = await runtimeRows();
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.cpuUsPerReq === undefined ? "—" : Math.round(r.cpuUsPerReq)} | ${r.ok} | ${r.non2xx + r.errors} |`;
  const out = [
    `## Functions (${settings.connections} connections, ${settings.durationS} s, Node ${process.version})`,
    "",
    "Warm invocations through the gateway (one gateway process):",
    "",
    "| route | req/s | p50 | p99 | CPU µs/req | 2xx | failed |",
    "|---|---|---|---|---|---|---|",
    row("MOCK", mock),
    row("AWS_PROXY → function", fn),
    "",
    `Overhead of AWS_PROXY over MOCK: p50 +${(fn.p50 - mock.p50).toFixed(2)} ms, p99 +${(fn.p99 - mock.p99).toFixed(2)} ms, ` +
      `throughput ${((fn.rps / mock.rps) * 100).toFixed(0)}% of MOCK` +
      (fn.cpuUsPerReq !== undefined && mock.cpuUsPerReq !== undefined ? `, +${Math.round(fn.cpuUsPerReq - mock.cpuUsPerReq)} µs CPU per request` : "") +
      ".",
    "",
    "The runtime alone (Invoke in process, sequential):",
    "",
    "| measure | p50 | p90 | max |",
    "|---|---|---|---|",
    `| warm Invoke (2000 calls) | ${ms(quantile(rt.warm, 0.5))} | ${ms(quantile(rt.warm, 0.9))} | ${ms(rt.warm[rt.warm.length - 1])} |`,
    `| cold start: Init Duration (${rt.n} starts) | ${ms(quantile(rt.init, 0.5))} | ${ms(quantile(rt.init, 0.9))} | ${ms(rt.init[rt.init.length - 1])} |`,
    `| cold start: whole first Invoke | ${ms(quantile(rt.total, 0.5))} | ${ms(quantile(rt.total, 0.9))} | ${ms(rt.total[rt.total.length - 1])} |`,
  ];
  process.stdout.write(out.join("\n") + "\n");
}

process.on("exit", () => killAllNow());
main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
