/**
 * `npm run bench`: the gateway side by side with reference servers doing the same work, each
 * loaded in turn with identical autocannon settings. Prints a Markdown table; progress goes to
 * stderr so stdout is just the report.
 *
 *   BENCH_DURATION (s, default 10)  BENCH_CONNECTIONS (default 50)  BENCH_WARMUP (s, default 3)
 *   BENCH_CPU_PROF=<dir>  also write the gateway's CPU profile (node --cpu-prof) into <dir>
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

const pidOf = (child: Child) => (child.proc.pid === undefined ? [] : [child.proc.pid]);

interface Target {
  row: Row;
  url?: string;
  /** The server's processes, for its CPU time. */
  pids?: number[];
  expect: Record<string, unknown>;
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
  const gateway = await (async () => {
    // The gateway reads the database itself; the bench only writes the deployment and lets go.
    try {
      deployBenchApi(tmp.db, upstreamUrl);
    } finally {
      tmp.db.close();
    }
    return startGateway(tmp.dir, tmp.path);
  })().catch((err: unknown) => {
    log(`gateway failed to start:\n${(err as Error).message}`);
    return errorText(err);
  });

  const nginxBinary = findNginx();
  const nginx = nginxBinary
    ? await startNginx(nginxBinary, tmp.dir, upstream.port).catch((err: unknown) => {
        log(`nginx failed to start:\n${(err as Error).message}`);
        return errorText(err);
      })
    : "nginx: not installed";

  const proxied = { ok: true, path: "/proxy/hello" };
  const gatewaySkipped = typeof gateway === "string" ? `gateway failed to start: ${gateway}` : undefined;
  const targets: Target[] = [
    { row: { target: "bare node:http" }, url: `http://127.0.0.1:${bare.port}/mock`, pids: pidOf(bare.child), expect: { ok: true } },
    {
      row: { target: "gateway MOCK", baseline: "bare node:http", skipped: gatewaySkipped },
      url: typeof gateway === "string" ? undefined : gateway.mockUrl,
      pids: typeof gateway === "string" ? undefined : pidOf(gateway.child),
      expect: { ok: true },
    },
    {
      row: { target: "bare undici proxy" },
      url: `http://127.0.0.1:${undiciProxy.port}/proxy/hello`,
      pids: pidOf(undiciProxy.child),
      expect: proxied,
    },
    {
      row: { target: "gateway HTTP_PROXY", baseline: "bare undici proxy", skipped: gatewaySkipped },
      url: typeof gateway === "string" ? undefined : gateway.proxyUrl,
      pids: typeof gateway === "string" ? undefined : pidOf(gateway.child),
      expect: proxied,
    },
    {
      row: { target: "nginx proxy", baseline: "bare undici proxy", skipped: typeof nginx === "string" ? nginx : undefined },
      url: typeof nginx === "string" ? undefined : nginx.url,
      pids: typeof nginx === "string" ? undefined : pidOf(nginx.child),
      expect: proxied,
    },
  ];

  for (const t of targets) {
    if (!t.url) continue;
    const problem = await checkOnce(t.url, t.expect);
    if (problem) {
      t.row.skipped = `wrong answer before load: ${problem}`;
      continue;
    }
    log(`loading ${t.row.target} (${settings.warmupS} s warm-up + ${settings.durationS} s)`);
    t.row.result = await runLoad(t.url, settings, t.pids ?? []);
  }

  const rows = targets.map((t) => t.row);
  process.stdout.write(`\n${header(settings, idleBefore)}\n\n${table(rows)}\n`);
  // Non-zero when something the bench should have measured was not measured cleanly.
  const broken = rows.filter((r) => flagged(r) || (r.skipped && r.skipped !== "nginx: not installed"));
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
