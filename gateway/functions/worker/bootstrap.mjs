// The runtime inside one function instance (a worker thread): Lambda's Node.js runtime in
// miniature. It loads the handler once (the init phase), then runs one invocation at a time,
// with `handler(event, context)` in async or callback style, Lambda's `context` object, and
// console output captured as Lambda formats it (`<time>\t<requestId>\tINFO\t<message>`).
//
// Plain JavaScript on purpose: workers start without the TypeScript loader, so a cold start
// costs only Node's own startup and the user's module.
import { parentPort, workerData } from "node:worker_threads";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { format } from "node:util";
import v8 from "node:v8";

const { taskRoot, handler: handlerSetting, functionName, version, memorySize, logGroupName, logStreamName } = workerData;

/** The invocation in progress, or null between invocations (and during init). */
let current = null;
let peakMemory = 0;

function post(message) {
  parentPort.postMessage(message);
}

function sampleMemory() {
  const h = v8.getHeapStatistics();
  const used = h.total_heap_size + h.external_memory;
  if (used > peakMemory) peakMemory = used;
}

// ------------------------------------------------------------------------------ logging

function emit(level, args) {
  const requestId = current ? current.requestId : "undefined";
  post({ t: "log", line: `${new Date().toISOString()}\t${requestId}\t${level}\t${format(...args)}` });
}

console.log = (...args) => emit("INFO", args);
console.info = (...args) => emit("INFO", args);
console.warn = (...args) => emit("WARN", args);
console.error = (...args) => emit("ERROR", args);
console.debug = (...args) => emit("DEBUG", args);
console.trace = (...args) => {
  const stack = new Error().stack.split("\n").slice(2).join("\n");
  emit("TRACE", [format(...args) + "\n" + stack]);
};
for (const stream of [process.stdout, process.stderr]) {
  stream.write = (chunk, encoding, callback) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString(typeof encoding === "string" ? encoding : "utf8");
    for (const line of text.replace(/\n$/, "").split("\n")) post({ t: "log", line });
    if (typeof encoding === "function") encoding();
    else if (typeof callback === "function") callback();
    return true;
  };
}

// ------------------------------------------------------------------------------ errors

/** An error as Lambda's Node.js runtime reports it. */
function serializeError(err) {
  if (err instanceof Error) {
    return {
      errorType: err.name && err.name !== "Error" ? err.name : err.constructor?.name || "Error",
      errorMessage: String(err.message),
      trace: typeof err.stack === "string" ? err.stack.split("\n") : [],
    };
  }
  if (typeof err === "string") return { errorType: "string", errorMessage: err, trace: [] };
  if (err && typeof err === "object") {
    return {
      errorType: typeof err.name === "string" ? err.name : "object",
      errorMessage: typeof err.message === "string" ? err.message : JSON.stringify(err),
      trace: [],
    };
  }
  return { errorType: typeof err, errorMessage: String(err), trace: [] };
}

process.on("unhandledRejection", (reason) => {
  const inner = serializeError(reason);
  const message = reason instanceof Error ? `${inner.errorType}: ${inner.errorMessage}` : String(inner.errorMessage);
  const error = {
    errorType: "Runtime.UnhandledPromiseRejection",
    errorMessage: message,
    reason: inner,
    promise: {},
    trace: [`Runtime.UnhandledPromiseRejection: ${message}`, ...(inner.trace ?? []).slice(1)],
  };
  emit("ERROR", [`Unhandled Promise Rejection \t${JSON.stringify(error)}`]);
  post({ t: "fatal", error });
  process.exit(128);
});

process.on("uncaughtException", (err) => {
  const error = serializeError(err);
  emit("ERROR", [`Uncaught Exception \t${JSON.stringify(error)}`]);
  post({ t: "fatal", error });
  process.exit(129);
});

// ------------------------------------------------------------------------------ init

/** "dir/file.method.nested" → module "dir/file", function path ["method", "nested"]. */
function splitHandler(setting) {
  const slash = setting.lastIndexOf("/");
  const rest = setting.slice(slash + 1);
  const dot = rest.indexOf(".");
  if (dot <= 0 || dot === rest.length - 1) return null;
  return { module: setting.slice(0, slash + 1) + rest.slice(0, dot), path: rest.slice(dot + 1).split(".") };
}

function initError(errorType, errorMessage, trace) {
  return { errorType, errorMessage, trace: trace ?? [`${errorType}: ${errorMessage}`] };
}

async function loadHandler() {
  const parts = splitHandler(handlerSetting);
  if (!parts) throw { lambda: initError("Runtime.MalformedHandlerName", "Bad handler") };
  const base = join(taskRoot, parts.module);
  const file = [".js", ".mjs", ".cjs"].map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) {
    throw { lambda: initError("Runtime.ImportModuleError", `Error: Cannot find module '${parts.module}'\nRequire stack:\n- /var/runtime/index.mjs`) };
  }
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    if (err instanceof SyntaxError) {
      const message = `${err.name}: ${err.message}`;
      throw { lambda: initError("Runtime.UserCodeSyntaxError", message, [`Runtime.UserCodeSyntaxError: ${message}`, ...String(err.stack ?? "").split("\n").slice(1)]) };
    }
    if (err && err.code === "ERR_MODULE_NOT_FOUND") {
      throw { lambda: initError("Runtime.ImportModuleError", `Error: ${err.message}`) };
    }
    throw err;
  }
  const lookup = (root) => parts.path.reduce((obj, key) => (obj == null ? undefined : obj[key]), root);
  const fn = lookup(mod) ?? lookup(mod.default);
  if (typeof fn !== "function") {
    throw { lambda: initError("Runtime.HandlerNotFound", `${parts.module}.${parts.path.join(".")} is undefined or not exported`) };
  }
  return fn;
}

// ------------------------------------------------------------------------------ invoke

function makeContext(msg) {
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: version,
    invokedFunctionArn: msg.invokedArn,
    memoryLimitInMB: String(memorySize),
    awsRequestId: msg.requestId,
    logGroupName,
    logStreamName,
    getRemainingTimeInMillis: () => Math.max(0, msg.deadline - Date.now()),
  };
  if (msg.clientContext) {
    try {
      const parsed = JSON.parse(Buffer.from(msg.clientContext, "base64").toString("utf8"));
      context.clientContext = parsed;
    } catch {
      // Lambda rejects an undecodable client context before invoking; nothing to pass.
    }
  }
  return context;
}

/**
 * Runs the handler: a returned promise settles the invocation; otherwise the callback (or the
 * legacy context.succeed / fail / done) does. A handler that neither returns a promise nor
 * takes a callback answers null, as Lambda does once its event loop is empty.
 */
function runHandler(fn, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err, result) => {
      if (settled) return;
      settled = true;
      if (err !== null && err !== undefined) reject(err);
      else resolve(result);
    };
    const callback = (err, result) => settle(err, result);
    context.done = callback;
    context.succeed = (result) => settle(null, result);
    context.fail = (err) => settle(err ?? "handled", undefined);
    let returned;
    try {
      returned = fn(event, context, callback);
    } catch (err) {
      settle(err, undefined);
      return;
    }
    if (returned && typeof returned.then === "function") {
      returned.then(
        (result) => settle(null, result),
        (err) => settle(err ?? new Error("The handler's promise was rejected without a reason"), undefined),
      );
    } else if (fn.length < 3) {
      setImmediate(() => settle(null, null));
    }
  });
}

let handlerFn = null;

parentPort.on("message", async (msg) => {
  if (msg.t !== "invoke") return;
  current = msg;
  process.env._X_AMZN_TRACE_ID = msg.traceId ?? "";
  sampleMemory();
  let event;
  try {
    event = msg.payload === "" ? {} : JSON.parse(msg.payload);
  } catch {
    event = msg.payload;
  }
  let outcome;
  try {
    const result = await runHandler(handlerFn, event, makeContext(msg));
    let payload;
    try {
      payload = JSON.stringify(result === undefined ? null : result);
    } catch (err) {
      throw Object.assign(new Error(`Unable to stringify response body: ${err.message}`), { name: "Runtime.MarshalError" });
    }
    outcome = { t: "done", ok: true, payload };
  } catch (err) {
    const error = serializeError(err);
    emit("ERROR", [`Invoke Error \t${JSON.stringify(error)}`]);
    outcome = { t: "done", ok: false, error };
  }
  sampleMemory();
  current = null;
  post({ ...outcome, memory: peakMemory });
});

const started = performance.now();
try {
  handlerFn = await loadHandler();
  sampleMemory();
  post({ t: "ready", initMs: performance.now() - started, memory: peakMemory });
} catch (err) {
  const error = err && err.lambda ? err.lambda : serializeError(err);
  emit("ERROR", [`Uncaught Exception \t${JSON.stringify(error)}`]);
  post({ t: "init-error", initMs: performance.now() - started, error });
}
