/**
 * One function instance: a worker thread running worker/bootstrap.mjs for one version.
 *
 * Why worker threads and not child processes: a worker starts in tens of milliseconds instead of
 * a process's hundred-plus, costs a V8 isolate instead of a whole Node process per warm instance,
 * and still gives what Lambda's sandbox must: `resourceLimits` caps the instance's heap (going
 * over ends that worker with ERR_WORKER_OUT_OF_MEMORY, never the host), `terminate()` stops an
 * infinite loop mid-instruction, and `process.exit`, uncaught exceptions and unhandled rejections
 * end only the worker. The worker gets its own `process.env` (Lambda's variables plus the
 * function's, never the host's secrets). What it does not give is OS isolation: native memory
 * outside the V8 heap is not capped and the code runs with the host's file-system rights, which
 * is the trust model of a self-hosted Lambda whose code is written by the people who run it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FunctionErrorPayload, FunctionVersionConfig } from "./types";

export type InvocationOutcome =
  | { kind: "ok"; payload: string; memory: number }
  /** The handler threw or rejected: the instance stays usable. */
  | { kind: "error"; error: FunctionErrorPayload; memory: number }
  /** The instance died (crash, exit, out of memory): it is gone. */
  | { kind: "crash"; error: FunctionErrorPayload };

export type InitOutcome = { ok: true; initMs: number; memory: number } | { ok: false; initMs: number; error: FunctionErrorPayload };

let bootstrapPath: string | undefined;

/**
 * worker/bootstrap.mjs on disk. Resolved from this module when it runs from source (gateway,
 * tests); a bundler (the console's Next build) moves modules, so the project root is tried next.
 */
export function workerBootstrapPath(): string {
  if (bootstrapPath) return bootstrapPath;
  const candidates: string[] = [];
  if (process.env.ARCHWAY_FUNCTION_BOOTSTRAP) candidates.push(process.env.ARCHWAY_FUNCTION_BOOTSTRAP);
  try {
    const here = new URL(".", import.meta.url);
    if (here.protocol === "file:") candidates.push(join(fileURLToPath(here), "worker", "bootstrap.mjs"));
  } catch {
    // not a file URL (bundled)
  }
  candidates.push(join(process.cwd(), "gateway", "functions", "worker", "bootstrap.mjs"));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`function runtime bootstrap not found (looked in ${candidates.join(", ")})`);
  bootstrapPath = found;
  return found;
}

export interface InstanceOptions {
  config: FunctionVersionConfig;
  taskRoot: string;
  region: string;
  accountId: string;
}

const MB = 1024 * 1024;
/** Output kept per invocation (CloudWatch's event limit); the rest is dropped with a note. */
export const MAX_LOG_BYTES = 256 * 1024;

function lambdaEnv(o: InstanceOptions, logStreamName: string): Record<string, string> {
  const c = o.config;
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    NODE_PATH: join(o.taskRoot, "node_modules"),
    LAMBDA_TASK_ROOT: o.taskRoot,
    LAMBDA_RUNTIME_DIR: "/var/runtime",
    AWS_REGION: o.region,
    AWS_DEFAULT_REGION: o.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${c.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: c.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: c.version,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(c.memorySize),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${c.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    _HANDLER: c.handler,
    ...c.environment,
  };
}

function logStream(version: string): string {
  const d = new Date();
  const day = `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${String(d.getUTCDate()).padStart(2, "0")}`;
  const id = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  return `${day}/[${version}]${id}`;
}

export class FunctionInstance {
  readonly ready: Promise<InitOutcome>;
  readonly config: FunctionVersionConfig;
  lastUsed = Date.now();
  invocations = 0;
  private worker: Worker;
  private alive = true;
  private lines: string[];
  private logBytes = 0;
  private resolveReady!: (o: InitOutcome) => void;
  private readyDone = false;
  private pending?: (o: InvocationOutcome) => void;
  private fatal?: FunctionErrorPayload;
  private outOfMemory = false;
  private readonly started = performance.now();

  /** `initLines` collects the init phase's output (it belongs to the first invocation's log). */
  constructor(opts: InstanceOptions, initLines: string[]) {
    this.config = opts.config;
    this.lines = initLines;
    this.ready = new Promise((r) => (this.resolveReady = r));
    const stream = logStream(opts.config.version);
    this.worker = new Worker(workerBootstrapPath(), {
      workerData: {
        taskRoot: opts.taskRoot,
        handler: opts.config.handler,
        functionName: opts.config.functionName,
        version: opts.config.version,
        memorySize: opts.config.memorySize,
        logGroupName: `/aws/lambda/${opts.config.functionName}`,
        logStreamName: stream,
      },
      env: lambdaEnv(opts, stream),
      argv: [],
      execArgv: [],
      stdout: false,
      stderr: false,
      resourceLimits: {
        maxOldGenerationSizeMb: opts.config.memorySize,
        maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(opts.config.memorySize / 16))),
        stackSizeMb: 4,
      },
    });
    this.worker.on("message", (m) => this.onMessage(m));
    this.worker.on("error", (err: Error & { code?: string }) => {
      if (err.code === "ERR_WORKER_OUT_OF_MEMORY") this.outOfMemory = true;
      else this.fatal ??= { errorType: err.name || "Error", errorMessage: err.message, trace: String(err.stack ?? "").split("\n") };
    });
    this.worker.on("exit", (code) => this.onExit(code));
  }

  get isAlive(): boolean {
    return this.alive;
  }

  private onMessage(m: { t: string; [k: string]: any }) {
    switch (m.t) {
      case "log":
        if (this.logBytes > MAX_LOG_BYTES) break;
        this.logBytes += m.line.length + 1;
        this.lines.push(this.logBytes > MAX_LOG_BYTES ? `[archway] the rest of this invocation's output was dropped (over ${MAX_LOG_BYTES / 1024} KB)` : m.line);
        break;
      // Init Duration counts from the instance's start (thread and runtime start, then the module).
      case "ready":
        this.finishInit({ ok: true, initMs: performance.now() - this.started, memory: m.memory });
        this.worker.unref();
        break;
      case "init-error":
        this.finishInit({ ok: false, initMs: performance.now() - this.started, error: m.error });
        break;
      case "done": {
        const p = this.pending;
        this.pending = undefined;
        // A warm instance waiting for work does not keep the process alive.
        this.worker.unref();
        p?.(m.ok ? { kind: "ok", payload: m.payload, memory: m.memory } : { kind: "error", error: m.error, memory: m.memory });
        break;
      }
      case "fatal":
        this.fatal = m.error;
        break;
    }
  }

  private finishInit(o: InitOutcome) {
    if (this.readyDone) return;
    this.readyDone = true;
    this.resolveReady(o);
  }

  /** What killed the instance, as Lambda reports it. */
  private deathError(code: number): FunctionErrorPayload {
    if (this.outOfMemory) {
      return { errorType: "Runtime.OutOfMemory", errorMessage: "Runtime exited with error: signal: killed" };
    }
    if (this.fatal) return this.fatal;
    return {
      errorType: "Runtime.ExitError",
      errorMessage: code === 0 ? "Runtime exited without providing a reason" : `Runtime exited with error: exit status ${code}`,
    };
  }

  private onExit(code: number) {
    this.alive = false;
    const error = this.deathError(code);
    this.finishInit({ ok: false, initMs: performance.now() - this.started, error });
    const p = this.pending;
    this.pending = undefined;
    p?.({ kind: "crash", error });
  }

  /** Runs one invocation; `lines` receives its output. */
  invoke(msg: { requestId: string; payload: string; deadline: number; invokedArn: string; clientContext?: string; traceId?: string }, lines: string[]): Promise<InvocationOutcome> {
    this.lines = lines;
    this.logBytes = lines.reduce((n, l) => n + l.length + 1, 0);
    this.invocations++;
    this.worker.ref();
    return new Promise((resolve) => {
      if (!this.alive) {
        resolve({ kind: "crash", error: this.deathError(1) });
        return;
      }
      this.pending = resolve;
      this.worker.postMessage({ t: "invoke", ...msg });
    });
  }

  /** Heap peak of this instance in MB (Max Memory Used). */
  static memoryMb(bytes: number): number {
    return Math.max(1, Math.ceil(bytes / MB));
  }

  terminate(): Promise<void> {
    this.alive = false;
    return this.worker.terminate().then(() => undefined);
  }
}
