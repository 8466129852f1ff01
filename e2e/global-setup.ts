/**
 * Starts Archway for the e2e run: `node scripts/start.mjs` in a fresh temp data dir, on free
 * ports, with fixed root credentials. Tests read where it runs from ARCHWAY_E2E_* env vars
 * (set here, inherited by the workers). Returns the teardown that stops it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ACCESS_KEY_ID = "AKIAE2ETESTROOT00001";
const SECRET_ACCESS_KEY = "e2eSecretKeyForArchwayPlaywrightRuns0001";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Archway exited with code ${child.exitCode} before it was up. Log tail:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`Archway did not answer ${url} within ${timeoutMs / 1000}s. Log tail:\n${tail(logFile)}`);
}

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-40).join("\n");
  } catch {
    return "(no log)";
  }
}

export default async function globalSetup() {
  if (process.env.ARCHWAY_E2E_BASE_URL) return undefined; // an Archway that is already running

  const dataDir = mkdtempSync(join(tmpdir(), "archway-e2e-"));
  const [port, gatewayPort] = [await freePort(), await freePort()];
  mkdirSync(join(root, ".test-output"), { recursive: true });
  const logFile = join(root, ".test-output", "archway-e2e.log");
  const log = createWriteStream(logFile);

  const child = spawn(process.execPath, [join(root, "scripts/start.mjs")], {
    cwd: root,
    detached: true, // its own process group, so teardown stops the console and gateway with it
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      npm_config_nodedir: process.env.npm_config_nodedir ?? "/usr",
      ARCHWAY_DATA_DIR: dataDir,
      DATABASE_URL: "",
      PORT: String(port),
      ARCHWAY_GATEWAY_PORT: String(gatewayPort),
      ARCHWAY_HOST: "127.0.0.1",
      ARCHWAY_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}`,
      ARCHWAY_ROOT_ACCESS_KEY_ID: ACCESS_KEY_ID,
      ARCHWAY_ROOT_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
      const exited = await Promise.race([
        new Promise<boolean>((r) => child.once("exit", () => r(true))),
        new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
      ]);
      if (!exited) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    // The first start may build the console (`next build`), which takes a while.
    await waitUntilUp(`http://127.0.0.1:${port}/api/session`, child, logFile, 600_000);
    await waitUntilUp(`http://127.0.0.1:${gatewayPort}/`, child, logFile, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }

  process.env.ARCHWAY_E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.ARCHWAY_E2E_GATEWAY_URL = `http://127.0.0.1:${gatewayPort}`;
  process.env.ARCHWAY_E2E_ACCESS_KEY_ID = ACCESS_KEY_ID;
  process.env.ARCHWAY_E2E_SECRET_ACCESS_KEY = SECRET_ACCESS_KEY;
  return stop;
}
