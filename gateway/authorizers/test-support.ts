/**
 * Test support for authorizer tests: a real gateway over a real SQLite file with real authorizer
 * functions (worker threads), and the few writes the control API makes that tests repeat
 * (flushing a stage's authorizer cache). Counting invocations reads the functions' own logs.
 */
import type Database from "better-sqlite3";
import { setFunctionRuntime } from "../functions/index";
import { FunctionLogSink } from "../functions/log-sink";
import type { FunctionRuntime } from "../functions/runtime";
import { createTestRuntime, putFunction } from "../functions/testing";
import type { Authorizer, Integration } from "../model/api-types";
import type { SnapshotMethod } from "../model/snapshot";
import { bumpCacheEpoch } from "../testing/database";
import { startGatewayHarness, type GatewayHarness } from "../testing/harness";
import { method } from "../testing/snapshots";

export interface AuthorizerHarness {
  h: GatewayHarness;
  runtime: FunctionRuntime;
  /** How many times a function ran so far (its invocation logs, flushed first). */
  invocations(functionName: string): number;
  close(): Promise<void>;
}

export async function startAuthorizerHarness(functions: Record<string, string>): Promise<AuthorizerHarness> {
  const h = await startGatewayHarness();
  const sink = new FunctionLogSink(h.tdb.db, { flushIntervalMs: 60_000 });
  const runtime = createTestRuntime(h.tdb.db, h.tdb.dir, { sink });
  setFunctionRuntime(runtime);
  for (const [name, code] of Object.entries(functions)) await putFunction(h.tdb.db, { name, files: { "index.mjs": code } });
  const count = h.tdb.db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM FunctionLog WHERE functionName = ?");
  return {
    h,
    runtime,
    invocations(functionName) {
      sink.flush();
      return count.get(functionName)!.n;
    },
    async close() {
      setFunctionRuntime(undefined);
      await runtime.close();
      await h.close();
    },
  };
}

/** What FlushStageAuthorizersCache writes. */
export function flushAuthorizerCache(db: Database.Database, apiId: string, stage: string) {
  bumpCacheEpoch(db, "authorizer", apiId, stage);
}

export function lambdaUri(fn: string): string {
  return `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${fn}/invocations`;
}

export function lambdaAuthorizer(id: string, fn: string, overrides: Partial<Authorizer> = {}): Authorizer {
  return {
    id,
    name: id,
    type: "TOKEN",
    authType: "custom",
    authorizerUri: lambdaUri(fn),
    identitySource: "method.request.header.Authorization",
    authorizerResultTtlInSeconds: 0,
    ...overrides,
  };
}

/** A method protected by `authorizerId` (CUSTOM, or COGNITO_USER_POOLS). */
export function guarded(verb: string, integration: Integration, authorizerId: string, authorizationType = "CUSTOM"): SnapshotMethod {
  return { ...method(verb, integration), authorizationType, authorizerId };
}

export function proxy(fn: string): Integration {
  return { type: "AWS_PROXY", httpMethod: "POST", uri: lambdaUri(fn), passthroughBehavior: "WHEN_NO_MATCH", timeoutInMillis: 29000, cacheKeyParameters: [] };
}
