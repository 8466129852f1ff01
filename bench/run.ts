/**
 * `npm run bench`: the gateway side by side with reference servers doing the same work, each
 * loaded in turn with identical autocannon settings. Prints a Markdown table; progress goes to
 * stderr so stdout is just the report.
 *
 *   BENCH_DURATION (s, default 10)  BENCH_CONNECTIONS (default 50)  BENCH_WARMUP (s, default 3)
 *   BENCH_CPU_PROF=<dir>  also write the gateway's CPU profile (node --cpu-prof) into <dir>
 *   BENCH_ONLY=<words>  load only the targets whose name contains one of these comma-separated
 *                       words (and their baselines), e.g. BENCH_ONLY=throttling,cache
 */
import { rmSync } from "node:fs";
import { createTestDatabase } from "../gateway/testing/database";
import { killAllNow, startTarget, stopAll, type Child } from "./children";
import { deployBenchApi, startGateway } from "./gateway";
import { benchSettings, checkOnce, runLoad } from "./load";
import { findNginx, startNginx } from "./nginx";
import { flagged, header, idleShare, table, type Row } from "./report";

const log = (msg: string) => process.stderr.write(`· ${msg}\n`);
/** One line for a table cell: what failed, plus the child's own error line when it printed one. */
function errorText(err: unknown): string {
  const [first, ...rest] = (err as Error).message.split("\n");
  const cause = rest.find((l) => /\b\w*Error\b/.test(l))?.trim();
  return (cause ? `${first} — ${cause}` : first).replaceAll("|", "\\|");
}

// One temp dir holds the database, the gateway's data dir and nginx's files.
const tmp = createTestDatabase();
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await stopAll();
  rmSync(tmp.dir, { recursive: true, force: true });
}
process.on("SIGINT", () => void cleanup().finally(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().finally(() => process.exit(143)));
process.on("exit", () => {
  killAllNow();
  rmSync(tmp.dir, { recursive: true, force: true });
});

/** A started server: where to send the load and which processes do the work; or why it is absent. */
type Endpoint = { url: string; pids: number[] } | { skipped: string };

const endpoint = (child: Child, url: string): Endpoint => ({ url, pids: child.proc.pid === undefined ? [] : [child.proc.pid] });

/** Starts an optional server; a failure becomes a row's note instead of ending the run. */
async function attempt<T>(what: string, start: () => Promise<T>): Promise<T | { skipped: string }> {
  try {
    return await start();
  } catch (err) {
    log(`${what} failed to start:\n${(err as Error).message}`);
    return { skipped: `${what} failed to start: ${errorText(err)}` };
  }
}

async function main(): Promise<number> {
  const settings = benchSettings();
  const idleBefore = await idleShare();

  log("starting upstream and baselines");
  const upstream = await startTarget("upstream");
  const upstreamUrl = `http://127.0.0.1:${upstream.port}`;
  const bare = await startTarget("bare");
  const undiciProxy = await startTarget("undici-proxy", { UPSTREAM_URL: upstreamUrl });

  log("starting gateway");
  const gateway = await attempt("gateway", async () => {
    // The gateway reads the database itself; the bench only writes the deployment and lets go.
    try {
      deployBenchApi(tmp.db, upstreamUrl);
    } finally {
      tmp.db.close();
    }
    const gw = await startGateway(tmp.dir, tmp.path);
    return {
      mock: endpoint(gw.child, gw.mockUrl),
      proxy: endpoint(gw.child, gw.proxyUrl),
      http: endpoint(gw.child, gw.httpUrl),
      throttledMock: endpoint(gw.child, gw.throttledMockUrl),
      cachedProxy: endpoint(gw.child, gw.cachedProxyUrl),
    };
  });

  const nginxBinary = findNginx();
  const nginx: Endpoint = nginxBinary
    ? await attempt("nginx", async () => {
        const n = await startNginx(nginxBinary, tmp.dir, upstream.port);
        return endpoint(n.child, n.url);
      })
    : { skipped: "nginx: not installed" };

  const mock = { ok: true };
  const proxied = { ok: true, path: "/proxy/hello" };
  const targets: [Row, Endpoint, Record<string, unknown>][] = [
    [{ target: "bare node:http" }, endpoint(bare.child, `http://127.0.0.1:${bare.port}/mock`), mock],
    [{ target: "gateway MOCK", baseline: "bare node:http" }, "skipped" in gateway ? gateway : gateway.mock, mock],
    [{ target: "bare undici proxy" }, endpoint(undiciProxy.child, `http://127.0.0.1:${undiciProxy.port}/proxy/hello`), proxied],
    [{ target: "gateway HTTP_PROXY", baseline: "bare undici proxy" }, "skipped" in gateway ? gateway : gateway.proxy, proxied],
    [{ target: "gateway HTTP + templates", baseline: "gateway HTTP_PROXY" }, "skipped" in gateway ? gateway : gateway.http, proxied],
    [{ target: "gateway MOCK + method throttling", baseline: "gateway MOCK" }, "skipped" in gateway ? gateway : gateway.throttledMock, mock],
    [{ target: "gateway HTTP_PROXY cache hit", baseline: "gateway HTTP_PROXY" }, "skipped" in gateway ? gateway : gateway.cachedProxy, proxied],
    [{ target: "nginx proxy", baseline: "bare undici proxy" }, nginx, proxied],
  ];

  const only = (process.env.BENCH_ONLY ?? "").split(",").map((w) => w.trim()).filter(Boolean);
  const chosen = new Set(targets.filter(([row]) => !only.length || only.some((w) => row.target.includes(w))).map(([row]) => row.target));
  for (const [row] of targets) if (chosen.has(row.target) && row.baseline) chosen.add(row.baseline);

  for (const [row, ep, expected] of targets) {
    if (!chosen.has(row.target)) {
      row.skipped = "not selected (BENCH_ONLY)";
      continue;
    }
    if ("skipped" in ep) {
      row.skipped = ep.skipped;
      continue;
    }
    const problem = await checkOnce(ep.url, expected);
    if (problem) {
      row.skipped = `wrong answer before load: ${problem}`;
      continue;
    }
    log(`loading ${row.target} (${settings.warmupS} s warm-up + ${settings.durationS} s)`);
    row.result = await runLoad(ep.url, settings, ep.pids);
  }

  const rows = targets.map(([row]) => row);
  process.stdout.write(`\n${header(settings, idleBefore)}\n\n${table(rows)}\n`);
  // Non-zero when something the bench should have measured was not measured cleanly.
  const broken = rows.filter((r) => flagged(r) || (r.skipped && r.skipped !== "nginx: not installed" && !r.skipped.startsWith("not selected")));
  return broken.length > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
    await cleanup();
    process.exit(1);
  });
