/**
 * The local Lambda runtime: resolves what to run (FunctionStore), keeps warm instances per
 * version, enforces concurrency (reserved per function, and an account-wide limit) by throttling
 * as Lambda does, stops an invocation at its timeout, turns every failure into Lambda's error
 * document, and hands each invocation's log (START / output / END / REPORT) to the batched sink.
 */
import { randomUUID } from "node:crypto";
import type { FunctionRef } from "./arn";
import { CodeCache } from "./code-cache";
import { LambdaError } from "./errors";
import { FunctionInstance, type InvocationOutcome } from "./instance";
import { endLine, reportLine, startLine, timeoutLine } from "./log-format";
import type { FunctionLogSink } from "./log-sink";
import type { FunctionStore } from "./store";
import type { FunctionErrorPayload, FunctionVersionConfig, InvokeOptions, InvokeResult, ResolvedFunction } from "./types";

export interface FunctionRuntimeOptions {
  store: FunctionStore;
  /** Where deployment packages are unpacked. */
  codeDir: string;
  sink?: FunctionLogSink;
  region?: string;
  accountId?: string;
  /** Account-wide concurrent executions (Lambda's default quota is 1000; a single host wants fewer). */
  concurrencyLimit?: number;
  /** Warm instances idle this long are stopped. */
  idleTimeoutMs?: number;
  /** Limit of the init phase (Lambda: 10 s). */
  initTimeoutMs?: number;
}

/** Lambda's synchronous payload limit, both ways. */
export const MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
/** Lambda's asynchronous (Event) payload limit. */
export const MAX_ASYNC_PAYLOAD = 256 * 1024;

interface Pool {
  key: string;
  config: FunctionVersionConfig;
  idle: FunctionInstance[];
  busy: Set<FunctionInstance>;
}

export class FunctionRuntime {
  readonly store: FunctionStore;
  private readonly codeCache: CodeCache;
  private readonly sink?: FunctionLogSink;
  private readonly region: string;
  private readonly accountId: string;
  private readonly concurrencyLimit: number;
  private readonly idleTimeoutMs: number;
  private readonly initTimeoutMs: number;
  private pools = new Map<string, Pool>();
  /** function + version → key of the pool for its current revision. */
  private current = new Map<string, string>();
  private inflight = new Map<string, number>();
  private totalInflight = 0;
  private reaper: NodeJS.Timeout;
  private background = new Set<Promise<unknown>>();
  private closed = false;

  constructor(opts: FunctionRuntimeOptions) {
    this.store = opts.store;
    this.codeCache = new CodeCache(opts.codeDir);
    this.sink = opts.sink;
    this.region = opts.region ?? "us-east-1";
    this.accountId = opts.accountId ?? "000000000000";
    this.concurrencyLimit = opts.concurrencyLimit ?? 100;
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 10 * 60_000;
    this.initTimeoutMs = opts.initTimeoutMs ?? 10_000;
    this.reaper = setInterval(() => this.reapIdle(), Math.min(30_000, Math.max(1000, this.idleTimeoutMs / 2)));
    this.reaper.unref();
  }

  /** Invoke as Lambda's Invoke API does. Throws LambdaError when Lambda itself refuses. */
  async invoke(ref: FunctionRef, payload: string, opts: InvokeOptions = {}): Promise<InvokeResult> {
    if (this.closed) throw new LambdaError("ServiceException", "The function runtime is shutting down.");
    const type = opts.invocationType ?? "RequestResponse";
    const resolved = this.store.resolve(ref);
    const size = Buffer.byteLength(payload);
    if (type === "Event" && size > MAX_ASYNC_PAYLOAD) {
      throw new LambdaError("RequestTooLargeException", `Request must be smaller than ${MAX_ASYNC_PAYLOAD} bytes for the InvokeAsync operation`);
    }
    if (size > MAX_SYNC_PAYLOAD) {
      throw new LambdaError("RequestTooLargeException", `Request must be smaller than ${MAX_SYNC_PAYLOAD} bytes for the InvokeFunction operation`);
    }
    if (type === "DryRun") {
      return { statusCode: 204, requestId: randomUUID(), executedVersion: resolved.executedVersion, payload: "", log: "", durationMs: 0 };
    }
    if (type === "Event") {
      const requestId = randomUUID();
      const run = this.runAsync(ref, resolved, payload, requestId, opts).finally(() => this.background.delete(run));
      this.background.add(run);
      return { statusCode: 202, requestId, executedVersion: resolved.executedVersion, payload: "", log: "", durationMs: 0 };
    }
    return this.run(resolved, payload, randomUUID(), opts);
  }

  /** Event invocations: throttled ones are retried with backoff, as Lambda's async queue does. */
  private async runAsync(ref: FunctionRef, first: ResolvedFunction, payload: string, requestId: string, opts: InvokeOptions) {
    let resolved = first;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.run(resolved, payload, requestId, opts);
        return;
      } catch (err) {
        if (!(err instanceof LambdaError) || err.type !== "TooManyRequestsException" || attempt >= 5 || this.closed) return;
        await new Promise((r) => setTimeout(r, 200 * 2 ** attempt).unref());
        try {
          resolved = this.store.resolve(ref);
        } catch {
          return;
        }
      }
    }
  }

  private acquire(resolved: ResolvedFunction) {
    const name = resolved.config.functionName;
    const running = this.inflight.get(name) ?? 0;
    if (resolved.reservedConcurrency !== null && running >= resolved.reservedConcurrency) {
      this.sink?.recordThrottle(name);
      throw new LambdaError("TooManyRequestsException", "Rate Exceeded.", { reason: "ReservedFunctionConcurrentInvocationLimitExceeded", retryAfterSeconds: 1 });
    }
    if (this.totalInflight >= this.concurrencyLimit) {
      this.sink?.recordThrottle(name);
      throw new LambdaError("TooManyRequestsException", "Rate Exceeded.", { reason: "ConcurrentInvocationLimitExceeded", retryAfterSeconds: 1 });
    }
    this.inflight.set(name, running + 1);
    this.totalInflight++;
  }

  private release(name: string) {
    const n = (this.inflight.get(name) ?? 1) - 1;
    if (n <= 0) this.inflight.delete(name);
    else this.inflight.set(name, n);
    this.totalInflight--;
  }

  private pool(config: FunctionVersionConfig): Pool {
    const id = `${config.functionName}\u0000${config.version}`;
    const key = `${id}\u0000${config.revisionId}\u0000${config.codeSha256}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { key, config, idle: [], busy: new Set() };
      this.pools.set(key, pool);
    }
    const previous = this.current.get(id);
    if (previous !== key) {
      this.current.set(id, key);
      // $LATEST changed: its warm instances run old code or settings; stop the idle ones now.
      const old = previous ? this.pools.get(previous) : undefined;
      if (old) {
        for (const i of old.idle.splice(0)) void i.terminate();
        if (old.busy.size === 0) this.pools.delete(previous!);
      }
    }
    return pool;
  }

  private async run(resolved: ResolvedFunction, payload: string, requestId: string, opts: InvokeOptions): Promise<InvokeResult> {
    this.acquire(resolved);
    const config = resolved.config;
    const timestamp = Date.now();
    const lines: string[] = [];
    let instance: FunctionInstance | undefined;
    let initDurationMs: number | undefined;
    let outcome: InvocationOutcome | { kind: "timeout" };
    let durationMs = 0;
    let memory = 0;
    const pool = this.pool(config);
    try {
      instance = pool.idle.pop();
      while (instance && !instance.isAlive) instance = pool.idle.pop();
      if (!instance) {
        const taskRoot = this.codeCache.ensure(config.codeSha256, () => this.store.code(config.codeSha256));
        instance = new FunctionInstance({ config, taskRoot, region: this.region, accountId: this.accountId }, lines);
        const init = await withTimeout(instance.ready, this.initTimeoutMs);
        if (!init) {
          void instance.terminate();
          throw initFailure({ errorType: "Runtime.InitTimeout", errorMessage: `Init phase timed out after ${(this.initTimeoutMs / 1000).toFixed(2)} seconds` }, this.initTimeoutMs);
        }
        initDurationMs = init.initMs;
        if (!init.ok) {
          void instance.terminate();
          throw initFailure(init.error, init.initMs);
        }
        memory = init.memory;
      }
      pool.busy.add(instance);
      lines.unshift(startLine(requestId, config.version));
      const started = performance.now();
      const timeoutMs = config.timeout * 1000;
      const deadline = Date.now() + timeoutMs;
      const result = await withTimeout(
        instance.invoke({ requestId, payload, deadline, invokedArn: resolved.invokedArn, clientContext: opts.clientContext, traceId: opts.traceId }, lines),
        timeoutMs,
      );
      durationMs = performance.now() - started;
      outcome = result ?? { kind: "timeout" };
      if (outcome.kind === "ok" || outcome.kind === "error") memory = Math.max(memory, outcome.memory);
    } catch (err) {
      if (!(err instanceof InitFailure)) {
        this.release(config.functionName);
        if (instance) pool.busy.delete(instance);
        throw err;
      }
      // The init phase failed: Lambda reports it on this invocation and starts fresh next time.
      lines.unshift(startLine(requestId, config.version));
      durationMs = err.initMs;
      outcome = { kind: "crash", error: err.error };
      instance = undefined;
    }

    // Settle the instance: warm again, or gone.
    if (instance) {
      pool.busy.delete(instance);
      if (outcome.kind === "timeout") void instance.terminate();
      if (instance.isAlive && this.pools.get(pool.key) === pool && this.current.get(`${config.functionName}\u0000${config.version}`) === pool.key && !this.closed) {
        instance.lastUsed = Date.now();
        pool.idle.push(instance);
      } else {
        void instance.terminate();
        if (pool.busy.size === 0 && pool.idle.length === 0 && this.current.get(`${config.functionName}\u0000${config.version}`) !== pool.key) this.pools.delete(pool.key);
      }
    }
    this.release(config.functionName);

    let body: string;
    let error: FunctionErrorPayload | undefined;
    let status: "timeout" | "error" | undefined;
    if (outcome.kind === "ok") {
      body = outcome.payload;
      if (Buffer.byteLength(body) > MAX_SYNC_PAYLOAD) {
        error = {
          errorType: "Function.ResponseSizeTooLarge",
          errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_SYNC_PAYLOAD} bytes).`,
        };
        body = JSON.stringify(error);
      }
    } else if (outcome.kind === "timeout") {
      durationMs = config.timeout * 1000;
      lines.push(timeoutLine(requestId, config.timeout));
      error = { errorType: "Sandbox.Timedout", errorMessage: `RequestId: ${requestId} Error: Task timed out after ${config.timeout.toFixed(2)} seconds` };
      status = "timeout";
      body = JSON.stringify(error);
    } else if (outcome.kind === "crash" && outcome.error.errorType.startsWith("Runtime.") && /Runtime exited/.test(outcome.error.errorMessage)) {
      error = { ...outcome.error, errorMessage: `RequestId: ${requestId} Error: ${outcome.error.errorMessage}` };
      status = "error";
      body = JSON.stringify(error);
    } else {
      error = outcome.error;
      if (outcome.kind === "crash") status = "error";
      body = JSON.stringify(error);
    }

    lines.push(endLine(requestId));
    lines.push(
      reportLine({
        requestId,
        durationMs,
        memorySize: config.memorySize,
        maxMemoryUsedMb: FunctionInstance.memoryMb(memory),
        initDurationMs,
        status,
        errorType: error?.errorType,
      }),
    );
    const log = lines.join("\n") + "\n";
    this.sink?.record({
      functionName: config.functionName,
      version: config.version,
      requestId,
      timestamp,
      durationMs,
      initMs: initDurationMs,
      error: error?.errorType,
      text: log,
    });
    return {
      statusCode: 200,
      requestId,
      executedVersion: config.version,
      payload: body,
      functionError: error ? "Unhandled" : undefined,
      error,
      log,
      durationMs,
      initDurationMs,
    };
  }

  private reapIdle() {
    const cutoff = Date.now() - this.idleTimeoutMs;
    for (const [key, pool] of this.pools) {
      const keep: FunctionInstance[] = [];
      for (const i of pool.idle) {
        if (i.lastUsed < cutoff || !i.isAlive) void i.terminate();
        else keep.push(i);
      }
      pool.idle = keep;
      if (!keep.length && !pool.busy.size && this.current.get(`${pool.config.functionName}\u0000${pool.config.version}`) !== key) this.pools.delete(key);
    }
  }

  /** Warm instances per function (for the console and tests). */
  stats(): { functionName: string; version: string; idle: number; busy: number }[] {
    return [...this.pools.values()].map((p) => ({ functionName: p.config.functionName, version: p.config.version, idle: p.idle.length, busy: p.busy.size }));
  }

  /** Stops the warm instances of one function (after it was deleted or changed). */
  async evict(functionName: string): Promise<void> {
    const stops: Promise<void>[] = [];
    for (const [key, pool] of this.pools) {
      if (pool.config.functionName !== functionName) continue;
      for (const i of pool.idle.splice(0)) stops.push(i.terminate());
      if (!pool.busy.size) this.pools.delete(key);
    }
    for (const id of [...this.current.keys()]) if (id.startsWith(`${functionName}\u0000`)) this.current.delete(id);
    await Promise.all(stops);
  }

  /** Waits for Event invocations in flight (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.background.size) await Promise.allSettled([...this.background]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.reaper);
    const stops: Promise<void>[] = [];
    for (const pool of this.pools.values()) {
      for (const i of [...pool.idle, ...pool.busy]) stops.push(i.terminate());
    }
    this.pools.clear();
    await Promise.allSettled(stops);
    this.sink?.close();
  }
}

class InitFailure extends Error {
  constructor(
    readonly error: FunctionErrorPayload,
    readonly initMs: number,
  ) {
    super(error.errorMessage);
  }
}

const initFailure = (error: FunctionErrorPayload, initMs: number) => new InitFailure(error, initMs);

/** Resolves to the promise's value, or undefined once `ms` passed. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    p.then((v) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
}
