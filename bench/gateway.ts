/**
 * The gateway under test, started exactly as production runs it (`node --import tsx
 * gateway/server.ts`) against a fresh SQLite file holding one deployed stage.
 */
import { resolve } from "node:path";
import type Database from "better-sqlite3";
import { deploySnapshot } from "../gateway/testing/database";
import type { Integration } from "../gateway/model/api-types";
import { httpProxyIntegration, method, mockIntegration, snapshot } from "../gateway/testing/snapshots";
import { freePort, spawnChild, waitForHttp, type Child } from "./children";

export const API_ID = "archbench1";
export const STAGE = "bench";

export interface RunningGateway {
  child: Child;
  mockUrl: string;
  proxyUrl: string;
  httpUrl: string;
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
    },
  });
  const base = `http://127.0.0.1:${port}/restapis/${API_ID}/${STAGE}/_user_request_`;
  // First the port (any answer, even a 403 for an unknown path), then the stage itself: the
  // registry loads deployments on its own schedule, after the server is listening.
  await waitForHttp(child, `http://127.0.0.1:${port}/`, () => true);
  await waitForHttp(child, `${base}/mock`, (status) => status === 200);
  return { child, mockUrl: `${base}/mock`, proxyUrl: `${base}/proxy/hello`, httpUrl: `${base}/http/hello` };
}
