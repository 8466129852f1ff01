/**
 * The gateway under test, started exactly as production runs it (`node --import tsx
 * gateway/server.ts`) against a fresh SQLite file holding one deployed stage.
 */
import { resolve } from "node:path";
import type Database from "better-sqlite3";
import { deploySnapshot, setStageSettings } from "../gateway/testing/database";
import type { Integration } from "../gateway/model/api-types";
import { httpProxyIntegration, method, mockIntegration, snapshot } from "../gateway/testing/snapshots";
import { freePort, spawnChild, waitForHttp, type Child } from "./children";

export const API_ID = "archbench1";
export const STAGE = "bench";
/** The same API with stage-wide throttling limits set (high enough that nothing is refused). */
export const THROTTLED_STAGE = "limits";
/** The same API with the stage cache on and caching for every GET. */
export const CACHED_STAGE = "cached";

/**
 * The account-level bucket the gateway runs with in the bench: always on, as in production, but
 * far above what one machine can send, so no target is refused. Stage "bench" sets no method
 * limits (-1), so its targets pay for the account bucket only.
 */
const BENCH_ACCOUNT_LIMIT = "1000000000";
const NO_LIMIT = { throttlingRateLimit: -1, throttlingBurstLimit: -1 };
const HIGH_LIMIT = { throttlingRateLimit: 1e9, throttlingBurstLimit: 1e9 };

export interface RunningGateway {
  child: Child;
  mockUrl: string;
  proxyUrl: string;
  httpUrl: string;
  /** MOCK on the stage with method throttling limits. */
  throttledMockUrl: string;
  /** HTTP_PROXY on the cached stage: after the first request, every one is a cache hit. */
  cachedProxyUrl: string;
}

/**
 * HTTP (non-proxy) to the same upstream, with a request and a response template: the cost of VTL.
 * The backend call is a POST carrying the template's output (a GET with a body would make undici
 * close the connection after each request, as it must for request-smuggling safety).
 */
function templatedHttp(upstreamUrl: string): Integration {
  return {
    type: "HTTP",
    httpMethod: "POST",
    uri: `${upstreamUrl}/proxy/{p}`,
    requestParameters: { "integration.request.path.p": "method.request.path.p" },
    requestTemplates: { "application/json": '{"p": "$input.params(\'p\')", "stage": "$context.stage"}' },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: {
      "200": { statusCode: "200", responseTemplates: { "application/json": '{"ok": $input.json(\'$.ok\'), "path": "$input.path(\'$.path\')"}' } },
    },
  };
}

/** Deploys the bench API into `db` (mock route + proxy route to `upstreamUrl`). */
export function deployBenchApi(db: Database.Database, upstreamUrl: string) {
  const snap = snapshot(API_ID, {
    "/": [],
    "/mock": [method("GET", mockIntegration('{"ok":true}'))],
    "/proxy/{p}": [method("GET", httpProxyIntegration(`${upstreamUrl}/proxy/{p}`, "GET"))],
    "/http/{p}": [method("GET", templatedHttp(upstreamUrl))],
  });
  deploySnapshot(db, snap, STAGE);
  deploySnapshot(db, snap, THROTTLED_STAGE);
  deploySnapshot(db, snap, CACHED_STAGE);
  setStageSettings(db, API_ID, STAGE, { methodSettings: { "*/*": NO_LIMIT }, cacheClusterEnabled: false });
  setStageSettings(db, API_ID, THROTTLED_STAGE, { methodSettings: { "*/*": HIGH_LIMIT }, cacheClusterEnabled: false });
  setStageSettings(db, API_ID, CACHED_STAGE, {
    methodSettings: { "*/*": { ...NO_LIMIT, cachingEnabled: true, cacheTtlInSeconds: 3600 } },
    cacheClusterEnabled: true,
  });
}

export async function startGateway(dataDir: string, dbPath: string): Promise<RunningGateway> {
  const port = await freePort();
  // BENCH_CPU_PROF=<dir>: write the gateway's V8 CPU profile there (on its graceful exit).
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`] : [];
  const child = spawnChild("gateway", process.execPath, [...prof, "--import", "tsx", "gateway/server.ts"], {
    env: {
      ...process.env,
      ARCHWAY_DATA_DIR: dataDir,
      DATABASE_URL: `file:${dbPath}`,
      ARCHWAY_GATEWAY_PORT: String(port),
      ARCHWAY_HOST: "127.0.0.1",
      ARCHWAY_THROTTLE_RATE_LIMIT: BENCH_ACCOUNT_LIMIT,
      ARCHWAY_THROTTLE_BURST_LIMIT: BENCH_ACCOUNT_LIMIT,
    },
  });
  const base = `http://127.0.0.1:${port}/restapis/${API_ID}/${STAGE}/_user_request_`;
  // First the port (any answer, even a 403 for an unknown path), then the stage itself: the
  // registry loads deployments on its own schedule, after the server is listening.
  await waitForHttp(child, `http://127.0.0.1:${port}/`, () => true);
  await waitForHttp(child, `${base}/mock`, (status) => status === 200);
  const stageBase = (stage: string) => `http://127.0.0.1:${port}/restapis/${API_ID}/${stage}/_user_request_`;
  await waitForHttp(child, `${stageBase(CACHED_STAGE)}/mock`, (status) => status === 200);
  return {
    child,
    mockUrl: `${base}/mock`,
    proxyUrl: `${base}/proxy/hello`,
    httpUrl: `${base}/http/hello`,
    throttledMockUrl: `${stageBase(THROTTLED_STAGE)}/mock`,
    cachedProxyUrl: `${stageBase(CACHED_STAGE)}/proxy/hello`,
  };
}
