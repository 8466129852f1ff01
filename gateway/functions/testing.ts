/**
 * Test support: stores functions straight into a test database (the same rows the Lambda API
 * writes) and builds a runtime over it.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { buildPackage, zipFiles } from "./package";
import { FunctionLogSink, type LogSinkOptions } from "./log-sink";
import { FunctionRuntime, type FunctionRuntimeOptions } from "./runtime";
import { FUNCTIONS_REVISION_KEY, FunctionStore } from "./store";

export interface TestFunction {
  name: string;
  files: Record<string, string>;
  handler?: string;
  timeout?: number;
  memorySize?: number;
  environment?: Record<string, string>;
  reservedConcurrency?: number | null;
  runtime?: string;
}

export function bumpFunctionsRevision(db: Database.Database) {
  db.prepare(
    `INSERT INTO Meta(key, value) VALUES('${FUNCTIONS_REVISION_KEY}', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  ).run();
}

/** Creates or replaces $LATEST of a function. */
export async function putFunction(db: Database.Database, fn: TestFunction): Promise<void> {
  const built = await buildPackage(zipFiles(fn.files));
  if (built.diagnostics.length) throw new Error(built.diagnostics.join("\n"));
  db.transaction(() => {
    db.prepare("INSERT OR IGNORE INTO FunctionCode(sha256, zip, build, size) VALUES(?, ?, ?, ?)").run(
      built.sha256,
      Buffer.from(built.zip),
      JSON.stringify(built.build),
      built.size,
    );
    db.prepare(
      `INSERT INTO LambdaFunction(name, reservedConcurrency) VALUES(?, ?)
       ON CONFLICT(name) DO UPDATE SET reservedConcurrency = excluded.reservedConcurrency`,
    ).run(fn.name, fn.reservedConcurrency ?? null);
    db.prepare(
      `INSERT INTO FunctionVersion(functionName, version, handler, runtime, timeout, memorySize, environment, codeSha256, codeSize, revisionId)
       VALUES(?, '$LATEST', ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(functionName, version) DO UPDATE SET handler = excluded.handler, runtime = excluded.runtime, timeout = excluded.timeout,
         memorySize = excluded.memorySize, environment = excluded.environment, codeSha256 = excluded.codeSha256,
         codeSize = excluded.codeSize, revisionId = excluded.revisionId`,
    ).run(
      fn.name,
      fn.handler ?? "index.handler",
      fn.runtime ?? "nodejs20.x",
      fn.timeout ?? 3,
      fn.memorySize ?? 128,
      JSON.stringify(fn.environment ?? {}),
      built.sha256,
      built.size,
      randomUUID(),
    );
    bumpFunctionsRevision(db);
  })();
}

/** Publishes $LATEST as the next version number; returns it. */
export function publishVersion(db: Database.Database, name: string): string {
  return db.transaction(() => {
    const { nextVersion } = db.prepare("SELECT nextVersion FROM LambdaFunction WHERE name = ?").get(name) as { nextVersion: number };
    const version = String(nextVersion);
    db.prepare(
      `INSERT INTO FunctionVersion(functionName, version, description, runtime, handler, role, timeout, memorySize, environment, codeSha256, codeSize, revisionId)
       SELECT functionName, ?, description, runtime, handler, role, timeout, memorySize, environment, codeSha256, codeSize, ? FROM FunctionVersion
       WHERE functionName = ? AND version = '$LATEST'`,
    ).run(version, randomUUID(), name);
    db.prepare("UPDATE LambdaFunction SET nextVersion = nextVersion + 1 WHERE name = ?").run(name);
    bumpFunctionsRevision(db);
    return version;
  })();
}

export function putAlias(db: Database.Database, name: string, alias: string, version: string, weights?: Record<string, number>) {
  db.prepare(
    `INSERT INTO FunctionAlias(functionName, name, functionVersion, routingConfig, revisionId) VALUES(?, ?, ?, ?, ?)
     ON CONFLICT(functionName, name) DO UPDATE SET functionVersion = excluded.functionVersion, routingConfig = excluded.routingConfig, revisionId = excluded.revisionId`,
  ).run(name, alias, version, JSON.stringify(weights ? { AdditionalVersionWeights: weights } : {}), randomUUID());
  bumpFunctionsRevision(db);
}

export function createTestRuntime(
  db: Database.Database,
  dir: string,
  opts: Partial<FunctionRuntimeOptions> & { sink?: FunctionLogSink | false; sinkOptions?: LogSinkOptions } = {},
): FunctionRuntime {
  const { sink, sinkOptions, ...rest } = opts;
  return new FunctionRuntime({
    store: new FunctionStore(db),
    codeDir: join(dir, "functions"),
    sink: sink === false ? undefined : (sink ?? new FunctionLogSink(db, sinkOptions)),
    ...rest,
  });
}
