/**
 * The supervisor behind `npm start`: prepares the data dir (credentials, migrations, WAL),
 * builds the console when its sources changed, then runs the console and the gateway as two
 * child processes. Signals are forwarded; when either child exits, the other is stopped too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSettings } from "../gateway/config/settings";
import { credentialsFile, ensureRootCredentials } from "../app/_server/auth/root-credentials";
import { prepareDatabase } from "./lib/database";
import { ensureConsoleBuild } from "./lib/console-build";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const settings = loadSettings();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ARCHWAY_DATA_DIR: settings.dataDir, DATABASE_URL: settings.databaseUrl };

mkdirSync(settings.dataDir, { recursive: true });
const { credentials, created } = ensureRootCredentials(settings);
prepareDatabase(root, env, settings.databaseUrl);
if (!dev) ensureConsoleBuild(root, env);

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[archway] ${name} exited (${signal ?? code}); stopping`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  const deadline = setTimeout(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  }, 5000);
  deadline.unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r))))).then(() => process.exit(code));
}

const next = join(root, "node_modules/next/dist/bin/next");
// Idle keep-alive connections stay open 65 s (Node's default is 5 s): a client reusing a socket
// the server is closing at that moment gets ECONNRESET (seen from SDK clients and the e2e suite).
// Clients and proxies usually idle-close sooner than 60 s, so they close first.
const keepAlive = dev ? [] : ["--keepAliveTimeout", "65000"];
run("console", [next, dev ? "dev" : "start", "-p", String(settings.consolePort), "-H", settings.host, ...keepAlive]);
run("gateway", ["--import", "tsx", join(root, "gateway/server.ts")]);

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => stop(0));

const consoleUrl = `http://localhost:${settings.consolePort}`;
console.log(`
  Archway is starting
    console + control API  ${consoleUrl}
    gateway                ${settings.publicGatewayUrl}
    data                   ${settings.dataDir}
`);
if (created) {
  console.log(`  Root credentials were generated (shown once; also saved in ${credentialsFile(settings)}):
    Access key ID      ${credentials.accessKeyId}
    Secret access key  ${credentials.secretAccessKey}
`);
}
