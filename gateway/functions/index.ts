/**
 * Wiring of the function runtime into a process. The gateway (gateway/server.ts) and the
 * console (Invoke API, editor tests) each build one runtime over their own SQLite connection and
 * register it here; the AWS and AWS_PROXY integration handlers read it from here.
 */
import Database from "better-sqlite3";
import { loadSettings, sqlitePath, type Settings } from "../config/settings";
import { FunctionLogSink } from "./log-sink";
import { FunctionRuntime } from "./runtime";
import { FunctionStore } from "./store";

// On globalThis: Next bundles a module once per route, and every route must share one runtime.
const G = globalThis as unknown as { archwayFunctionRuntime?: FunctionRuntime };

export function setFunctionRuntime(runtime: FunctionRuntime | undefined): void {
  G.archwayFunctionRuntime = runtime;
}

/**
 * The process's runtime: the registered one, or (first use in a process that registered none,
 * e.g. the console running TestInvokeMethod) one over the configured database.
 */
export function getFunctionRuntime(): FunctionRuntime {
  if (!G.archwayFunctionRuntime) {
    const settings = loadSettings();
    const db = new Database(sqlitePath(settings.databaseUrl), { fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    G.archwayFunctionRuntime = createFunctionRuntime(db, settings);
  }
  return G.archwayFunctionRuntime;
}

export function hasFunctionRuntime(): boolean {
  return G.archwayFunctionRuntime !== undefined;
}

export function createFunctionRuntime(db: Database.Database, settings: Settings): FunctionRuntime {
  const store = new FunctionStore(db, { region: settings.region, accountId: settings.accountId });
  const sink = new FunctionLogSink(db, {
    retentionMs: settings.functionLogRetentionHours * 3600_000,
    maxLogsPerFunction: settings.functionLogMaxPerFunction,
  });
  return new FunctionRuntime({
    store,
    sink,
    codeDir: settings.functionsDir,
    region: settings.region,
    accountId: settings.accountId,
    concurrencyLimit: settings.functionConcurrency,
    idleTimeoutMs: settings.functionIdleMs,
  });
}

export { FunctionRuntime } from "./runtime";
export { FunctionStore } from "./store";
export { FunctionLogSink } from "./log-sink";
