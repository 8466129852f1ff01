/**
 * Wiring of the function runtime into a process. The gateway (gateway/server.ts) and the
 * console (Invoke API, editor tests) each build one runtime over their own SQLite connection and
 * register it here; the AWS and AWS_PROXY integration handlers read it from here.
 */
import type Database from "better-sqlite3";
import type { Settings } from "../config/settings";
import { FunctionLogSink } from "./log-sink";
import { FunctionRuntime } from "./runtime";
import { FunctionStore } from "./store";

let registered: FunctionRuntime | undefined;

export function setFunctionRuntime(runtime: FunctionRuntime | undefined): void {
  registered = runtime;
}

export function getFunctionRuntime(): FunctionRuntime | undefined {
  return registered;
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
