/**
 * The local Lambda runtime with real handlers in the shapes AWS documents for Node.js (async,
 * callback, ES modules, CommonJS, TypeScript), real worker threads and a real SQLite file; and the
 * ways an invocation fails: throw, infinite loop, out of memory, unhandled rejection, exit,
 * throttling.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/database";
import type { FunctionLogSink } from "./log-sink";
import type { FunctionRuntime } from "./runtime";
import { createTestRuntime, publishVersion, putAlias, putFunction } from "./testing";
import { LambdaError } from "./errors";

let tdb: TestDatabase;
let runtime: FunctionRuntime;
let sink: FunctionLogSink;

const ASYNC_ESM = `
let calls = 0;
const loadedAt = Date.now();
export const handler = async (event, context) => {
  calls++;
  console.log("event", JSON.stringify(event));
  return {
    calls,
    loadedAt,
    echo: event,
    functionName: context.functionName,
    functionVersion: context.functionVersion,
    memoryLimitInMB: context.memoryLimitInMB,
    awsRequestId: context.awsRequestId,
    invokedFunctionArn: context.invokedFunctionArn,
    logGroupName: context.logGroupName,
    logStreamName: context.logStreamName,
    remaining: context.getRemainingTimeInMillis(),
    env: { name: process.env.AWS_LAMBDA_FUNCTION_NAME, greeting: process.env.GREETING, region: process.env.AWS_REGION, secret: process.env.ARCHWAY_TEST_SECRET ?? null },
  };
};
`;

const CALLBACK_CJS = `
exports.handler = function (event, context, callback) {
  console.info("callback style");
  setTimeout(() => callback(null, { style: "callback", n: event.n * 2 }), 5);
};
`;

const TS = `
interface Event { name: string }
export const handler = async (event: Event): Promise<{ greeting: string }> => {
  const greeting: string = \`hello \${event.name}\`;
  return { greeting };
};
`;

beforeAll(async () => {
  process.env.ARCHWAY_TEST_SECRET = "host-only";
  tdb = createTestDatabase();
  runtime = createTestRuntime(tdb.db, tdb.dir, { sinkOptions: { flushIntervalMs: 60_000 } });
  sink = (runtime as unknown as { sink: FunctionLogSink }).sink;
  await putFunction(tdb.db, { name: "esm", files: { "index.mjs": ASYNC_ESM }, environment: { GREETING: "hi" }, memorySize: 256 });
  await putFunction(tdb.db, { name: "cjs", files: { "index.js": CALLBACK_CJS } });
  await putFunction(tdb.db, { name: "ts", files: { "index.ts": TS } });
  await putFunction(tdb.db, { name: "nested", files: { "src/app.js": "module.exports = { handlers: { main: async () => 'nested ok' } };" }, handler: "src/app.handlers.main" });
  await putFunction(tdb.db, { name: "thrower", files: { "index.mjs": "export const handler = async () => { throw new TypeError('bad input'); };" } });
  await putFunction(tdb.db, { name: "loop", timeout: 1, files: { "index.mjs": "export const handler = async (e) => { if (e.loop) { for (;;) {} } return 'fine'; };" } });
  await putFunction(tdb.db, {
    name: "oom",
    memorySize: 128,
    timeout: 30,
    files: { "index.mjs": "export const handler = async () => { const keep = []; for (;;) keep.push(new Array(100000).fill({ a: Math.random() })); };" },
  });
  await putFunction(tdb.db, { name: "rejecter", files: { "index.mjs": "export const handler = async () => { Promise.reject(new Error('nobody waits')); await new Promise((r) => setTimeout(r, 200)); return 'late'; };" } });
  await putFunction(tdb.db, { name: "exiter", files: { "index.mjs": "export const handler = async () => { process.exit(2); };" } });
  await putFunction(tdb.db, { name: "slow", timeout: 10, reservedConcurrency: 1, files: { "index.mjs": "export const handler = async (e) => { await new Promise((r) => setTimeout(r, e.ms ?? 300)); return 'slow done'; };" } });
  await putFunction(tdb.db, { name: "off", reservedConcurrency: 0, files: { "index.mjs": "export const handler = async () => 'never';" } });
  await putFunction(tdb.db, { name: "nohandler", files: { "index.mjs": "export const other = 1;" } });
  await putFunction(tdb.db, { name: "nomodule", handler: "missing.handler", files: { "index.mjs": "export const handler = 1;" } });
  await putFunction(tdb.db, { name: "syntax", files: { "index.js": "exports.handler = async () => { return (;" } });
  await putFunction(tdb.db, { name: "initthrow", files: { "index.mjs": "throw new Error('config missing');\nexport const handler = async () => 1;" } });
  await putFunction(tdb.db, { name: "stringerr", files: { "index.js": "exports.handler = (e, c, cb) => cb('plain failure');" } });
});

afterAll(async () => {
  await runtime?.close();
  tdb?.close();
});

const invoke = (name: string, event: unknown = {}, qualifier?: string) => runtime.invoke({ name, qualifier }, JSON.stringify(event));

describe("handlers in AWS's documented shapes", () => {
  it("runs an async ES module handler with Lambda's context and environment", async () => {
    const res = await invoke("esm", { hello: "world" });
    expect(res.statusCode).toBe(200);
    expect(res.functionError).toBeUndefined();
    const body = JSON.parse(res.payload);
    expect(body.echo).toEqual({ hello: "world" });
    expect(body.functionName).toBe("esm");
    expect(body.functionVersion).toBe("$LATEST");
    expect(body.memoryLimitInMB).toBe("256");
    expect(body.awsRequestId).toBe(res.requestId);
    expect(body.invokedFunctionArn).toBe("arn:aws:lambda:us-east-1:000000000000:function:esm");
    expect(body.logGroupName).toBe("/aws/lambda/esm");
    expect(body.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(body.remaining).toBeGreaterThan(0);
    expect(body.remaining).toBeLessThanOrEqual(3000);
    expect(body.env).toEqual({ name: "esm", greeting: "hi", region: "us-east-1", secret: null });
  });

  it("reuses the warm instance: module state survives and only the first invocation reports Init Duration", async () => {
    const first = await invoke("esm");
    const second = await invoke("esm");
    const a = JSON.parse(first.payload);
    const b = JSON.parse(second.payload);
    expect(b.loadedAt).toBe(a.loadedAt);
    expect(b.calls).toBe(a.calls + 1);
    expect(second.initDurationMs).toBeUndefined();
    expect(second.log).not.toMatch(/Init Duration/);
  });

  it("runs a CommonJS callback handler", async () => {
    const res = await invoke("cjs", { n: 21 });
    expect(JSON.parse(res.payload)).toEqual({ style: "callback", n: 42 });
    expect(res.log).toMatch(/\tINFO\tcallback style/);
  });

  it("runs TypeScript transpiled when the code was stored", async () => {
    const res = await invoke("ts", { name: "Ada" });
    expect(JSON.parse(res.payload)).toEqual({ greeting: "hello Ada" });
  });

  it("finds a nested handler path in a subdirectory", async () => {
    const res = await invoke("nested");
    expect(res.payload).toBe('"nested ok"');
  });

  it("writes START / output / END / REPORT lines, Init Duration on a cold start", async () => {
    const res = await invoke("ts", { name: "log" });
    const cold = await runtime.invoke({ name: "cjs" }, '{"n":1}');
    expect(res.log.split("\n")[0]).toBe(`START RequestId: ${res.requestId} Version: $LATEST`);
    expect(res.log).toContain(`END RequestId: ${res.requestId}`);
    expect(res.log).toMatch(
      new RegExp(`REPORT RequestId: ${res.requestId}\\tDuration: \\d+\\.\\d{2} ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\t\\n$`),
    );
    expect(cold.log).not.toMatch(/Init Duration/); // warm by now
    await putFunction(tdb.db, { name: "fresh", files: { "index.mjs": "export const handler = async () => 1;" } });
    const fresh = await invoke("fresh");
    expect(fresh.log).toMatch(/Max Memory Used: \d+ MB\tInit Duration: \d+\.\d{2} ms\t/);
  });
});

describe("failures, reported as Lambda reports them", () => {
  it("a thrown error: Unhandled with errorType, errorMessage and trace", async () => {
    const res = await invoke("thrower");
    expect(res.statusCode).toBe(200);
    expect(res.functionError).toBe("Unhandled");
    const body = JSON.parse(res.payload);
    expect(body.errorType).toBe("TypeError");
    expect(body.errorMessage).toBe("bad input");
    expect(body.trace[0]).toBe("TypeError: bad input");
    expect(res.log).toMatch(/\tERROR\tInvoke Error \t\{"errorType":"TypeError"/);
    // the instance survives a handled error
    expect((await invoke("thrower")).initDurationMs).toBeUndefined();
  });

  it("a callback error that is a string", async () => {
    const res = await invoke("stringerr");
    expect(JSON.parse(res.payload)).toEqual({ errorType: "string", errorMessage: "plain failure", trace: [] });
  });

  it("an infinite loop is stopped at the timeout; the next invocation starts a fresh instance", async () => {
    const res = await invoke("loop", { loop: true });
    expect(res.functionError).toBe("Unhandled");
    const body = JSON.parse(res.payload);
    expect(body.errorType).toBe("Sandbox.Timedout");
    expect(body.errorMessage).toBe(`RequestId: ${res.requestId} Error: Task timed out after 1.00 seconds`);
    expect(res.log).toMatch(/Task timed out after 1\.00 seconds/);
    expect(res.log).toMatch(/Duration: 1000\.00 ms\tBilled Duration: 1000 ms.*Status: timeout/);
    const next = await invoke("loop", {});
    expect(next.payload).toBe('"fine"');
    expect(next.initDurationMs).toBeDefined();
  });

  it("running out of memory fails the invocation, not the host", async () => {
    const res = await invoke("oom");
    expect(res.functionError).toBe("Unhandled");
    const body = JSON.parse(res.payload);
    expect(body.errorType).toBe("Runtime.OutOfMemory");
    expect(body.errorMessage).toBe(`RequestId: ${res.requestId} Error: Runtime exited with error: signal: killed`);
    expect((await invoke("esm")).functionError).toBeUndefined();
  });

  it("an unhandled promise rejection ends the instance with Runtime.UnhandledPromiseRejection", async () => {
    const res = await invoke("rejecter");
    const body = JSON.parse(res.payload);
    expect(body.errorType).toBe("Runtime.UnhandledPromiseRejection");
    expect(body.errorMessage).toBe("Error: nobody waits");
    expect(res.log).toMatch(/ERROR\tUnhandled Promise Rejection/);
  });

  it("process.exit ends the instance with Runtime.ExitError", async () => {
    const res = await invoke("exiter");
    const body = JSON.parse(res.payload);
    expect(body.errorType).toBe("Runtime.ExitError");
    expect(body.errorMessage).toBe(`RequestId: ${res.requestId} Error: Runtime exited with error: exit status 2`);
  });

  it("init errors: handler not exported, module missing, syntax error, top-level throw", async () => {
    const notFound = JSON.parse((await invoke("nohandler")).payload);
    expect(notFound).toMatchObject({ errorType: "Runtime.HandlerNotFound", errorMessage: "index.handler is undefined or not exported" });
    const missing = JSON.parse((await invoke("nomodule")).payload);
    expect(missing.errorType).toBe("Runtime.ImportModuleError");
    expect(missing.errorMessage).toMatch(/^Error: Cannot find module 'missing'/);
    const syntax = JSON.parse((await invoke("syntax")).payload);
    expect(syntax.errorType).toBe("Runtime.UserCodeSyntaxError");
    expect(syntax.errorMessage).toMatch(/^SyntaxError: /);
    const thrown = await invoke("initthrow");
    expect(thrown.functionError).toBe("Unhandled");
    expect(JSON.parse(thrown.payload)).toMatchObject({ errorType: "Error", errorMessage: "config missing" });
  });
});

describe("concurrency", () => {
  it("throttles over the reserved concurrency with TooManyRequestsException", async () => {
    const first = invoke("slow", { ms: 400 });
    await new Promise((r) => setTimeout(r, 50));
    const err = await invoke("slow", { ms: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(LambdaError);
    expect(err.type).toBe("TooManyRequestsException");
    expect(err.status).toBe(429);
    expect(err.body()).toEqual({ Type: "User", message: "Rate Exceeded.", Reason: "ReservedFunctionConcurrentInvocationLimitExceeded" });
    expect((await first).payload).toBe('"slow done"');
    expect((await invoke("slow", { ms: 1 })).payload).toBe('"slow done"');
  });

  it("reserved concurrency 0 throttles every invocation", async () => {
    const err = await invoke("off").catch((e) => e);
    expect(err.type).toBe("TooManyRequestsException");
  });

  it("unknown functions and qualifiers are ResourceNotFoundException", async () => {
    const err = await invoke("nope").catch((e) => e);
    expect(err.type).toBe("ResourceNotFoundException");
    expect(err.body()).toEqual({ Type: "User", Message: "Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope" });
    expect((await invoke("esm", {}, "live").catch((e) => e)).type).toBe("ResourceNotFoundException");
  });
});

describe("versions, aliases and updates", () => {
  it("publishes versions and splits alias traffic by weight", async () => {
    await putFunction(tdb.db, { name: "versioned", files: { "index.mjs": "export const handler = async () => 'one';" } });
    const v1 = publishVersion(tdb.db, "versioned");
    await putFunction(tdb.db, { name: "versioned", files: { "index.mjs": "export const handler = async () => 'two';" } });
    const v2 = publishVersion(tdb.db, "versioned");
    expect([v1, v2]).toEqual(["1", "2"]);
    expect((await invoke("versioned", {}, "1")).payload).toBe('"one"');
    expect((await invoke("versioned", {}, "$LATEST")).payload).toBe('"two"');
    putAlias(tdb.db, "versioned", "live", "1", { "2": 0.5 });
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const r = await invoke("versioned", {}, "live");
      seen.add(`${r.executedVersion}=${r.payload}`);
    }
    expect([...seen].sort()).toEqual(['1="one"', '2="two"']);
  });

  it("an update of $LATEST is picked up by the next invocation", async () => {
    await putFunction(tdb.db, { name: "mutable", files: { "index.mjs": "export const handler = async () => 'before';" } });
    expect((await invoke("mutable")).payload).toBe('"before"');
    await putFunction(tdb.db, { name: "mutable", files: { "index.mjs": "export const handler = async () => 'after';" } });
    const res = await invoke("mutable");
    expect(res.payload).toBe('"after"');
    expect(res.initDurationMs).toBeDefined();
  });

  it("Event invocations answer 202 at once and run in the background", async () => {
    const res = await runtime.invoke({ name: "cjs" }, '{"n":2}', { invocationType: "Event" });
    expect(res.statusCode).toBe(202);
    expect(res.payload).toBe("");
    await runtime.drain();
    sink.flush();
    const row = tdb.db.prepare("SELECT text FROM FunctionLog WHERE requestId = ?").get(res.requestId) as { text: string } | undefined;
    expect(row?.text).toContain(`START RequestId: ${res.requestId}`);
  });
});

describe("logs and metrics in SQLite", () => {
  it("are written in batches, not per invocation", async () => {
    sink.flush();
    const count = () => (tdb.db.prepare("SELECT COUNT(*) AS n FROM FunctionLog").get() as { n: number }).n;
    const before = count();
    const res = await invoke("esm", { batch: true });
    expect(count()).toBe(before); // queued, not written
    sink.flush();
    expect(count()).toBe(before + 1);
    const row = tdb.db.prepare("SELECT functionName, version, durationMs, error, text FROM FunctionLog WHERE requestId = ?").get(res.requestId) as Record<string, unknown>;
    expect(row).toMatchObject({ functionName: "esm", version: "$LATEST", error: null });
    expect(row.text).toContain(`\tINFO\tevent {"batch":true}`);
  });

  it("counts invocations, errors, throttles and cold starts per minute", () => {
    sink.flush();
    const m = tdb.db
      .prepare("SELECT SUM(invocations) AS invocations, SUM(errors) AS errors, SUM(throttles) AS throttles, SUM(coldStarts) AS coldStarts FROM FunctionMetric WHERE functionName = ?")
      .get("slow") as Record<string, number>;
    expect(m.throttles).toBe(1);
    expect(m.invocations).toBe(2);
    expect(m.coldStarts).toBe(1);
    const t = tdb.db.prepare("SELECT SUM(errors) AS errors FROM FunctionMetric WHERE functionName = 'thrower'").get() as { errors: number };
    expect(t.errors).toBe(2);
  });

  it("retention keeps at most the configured number of logs per function", async () => {
    const small = createTestRuntime(tdb.db, tdb.dir, { sinkOptions: { flushIntervalMs: 60_000, maxLogsPerFunction: 3 } });
    const smallSink = (small as unknown as { sink: FunctionLogSink }).sink;
    for (let i = 0; i < 5; i++) await small.invoke({ name: "nested" }, "{}");
    smallSink.flush();
    smallSink.prune();
    const n = (tdb.db.prepare("SELECT COUNT(*) AS n FROM FunctionLog WHERE functionName = 'nested'").get() as { n: number }).n;
    expect(n).toBe(3);
    await small.close();
  });
});

describe("log volume", () => {
  it("keeps at most 256 KB of one invocation's output", async () => {
    await putFunction(tdb.db, { name: "chatty", files: { "index.mjs": "export const handler = async () => { for (let i = 0; i < 5000; i++) console.log('x'.repeat(100)); return 'done'; };" } });
    const res = await invoke("chatty");
    expect(res.payload).toBe('"done"');
    expect(res.log.length).toBeLessThan(300 * 1024);
    expect(res.log).toContain("the rest of this invocation's output was dropped (over 256 KB)");
    expect(res.log).toMatch(/REPORT RequestId: /);
  });
});
