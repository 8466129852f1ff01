/**
 * FlushStageCache through the real SDK, seen from a real gateway: an API deployed through the
 * control API, a stage with its cache cluster and caching turned on by UpdateStage, a gateway
 * (StageRegistry + HTTP server, in-memory stores) over the suite's SQLite file, and a real
 * upstream on 127.0.0.1 that counts what reaches it. Also the throttling settings as the gateway
 * enforces them.
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  FlushStageCacheCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StageRegistry } from "@/gateway/deployments/stage-registry";
import { createGatewayServer } from "@/gateway/http/server";
import { createLocalStores } from "@/gateway/stores/local";
import { setGatewayStores } from "@/gateway/stores/index";
import { configureAccountLimits } from "@/gateway/throttling/throttle-plan";
import { listen, startServer, type RunningServer } from "@/gateway/testing/servers";
import { client, expectAwsError, gatewayRevision, raw } from "./helpers";

const sdk = client();
let upstream: RunningServer;
let upstreamHits = 0;
let db: Database.Database;
let registry: StageRegistry;
let gateway: RunningServer;
let restApiId = "";

beforeAll(async () => {
  upstream = await startServer((req, res) => {
    upstreamHits++;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ n: upstreamHits, url: req.url }));
  });

  const api = await sdk.send(new CreateRestApiCommand({ name: "stage-cache" }));
  restApiId = api.id!;
  const pets = await sdk.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "pets" }));
  await sdk.send(new PutMethodCommand({ restApiId, resourceId: pets.id!, httpMethod: "GET", authorizationType: "NONE" }));
  await sdk.send(
    new PutIntegrationCommand({ restApiId, resourceId: pets.id!, httpMethod: "GET", type: "HTTP_PROXY", integrationHttpMethod: "GET", uri: `${upstream.url}/pets` }),
  );
  await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
  await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "nocache" }));

  setGatewayStores(createLocalStores({ cacheMaxBytes: 1 << 24 }));
  configureAccountLimits({ rateLimit: 10_000, burstLimit: 5_000 });
  db = new Database(globalThis.controlApi.databaseFile, { fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  registry = new StageRegistry(db);
  gateway = await listen(createGatewayServer({ registry }));
});

afterAll(async () => {
  await gateway?.close();
  db?.close();
  setGatewayStores(undefined);
  await upstream?.close();
});

/** What the gateway's poll does within its interval. */
async function invoke(stage: string, headers: Record<string, string> = {}) {
  registry.refresh();
  const res = await fetch(`${gateway.url}/restapis/${restApiId}/${stage}/_user_request_/pets`, { headers });
  return { status: res.status, errorType: res.headers.get("x-amzn-errortype"), body: await res.json() };
}

describe("FlushStageCache", () => {
  it("a flushed stage answers from the integration again", async () => {
    const stage = await sdk.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/cacheClusterEnabled", value: "true" },
          { op: "replace", path: "/*/*/caching/enabled", value: "true" },
          { op: "replace", path: "/*/*/caching/ttlInSeconds", value: "3600" },
        ],
      }),
    );
    expect(stage.cacheClusterStatus).toBe("AVAILABLE");
    const first = await invoke("prod");
    expect((await invoke("prod")).body).toEqual(first.body);
    const hitsBefore = upstreamHits;

    const revision = gatewayRevision();
    const out = await sdk.send(new FlushStageCacheCommand({ restApiId, stageName: "prod" }));
    expect(out.$metadata.httpStatusCode).toBe(202);
    expect(gatewayRevision()).toBe(revision + 1);

    const after = await invoke("prod");
    expect(after.body).toEqual({ n: hitsBefore + 1, url: "/pets" });
    expect((await invoke("prod")).body).toEqual(after.body);
    expect(upstreamHits).toBe(hitsBefore + 1);
  });

  it("answers 202 with no body, at AWS's path", async () => {
    const res = await raw("DELETE", `/restapis/${restApiId}/stages/prod/cache/data`);
    expect(res.status).toBe(202);
    expect(res.text).toBe("");
  });

  it("refuses a stage without a cache cluster, and unknown stages and APIs", async () => {
    const e = await expectAwsError(() => sdk.send(new FlushStageCacheCommand({ restApiId, stageName: "nocache" })), "BadRequestException", 400);
    expect(e.message).toBe("Cache cluster is not enabled for stage nocache");
    await expectAwsError(() => sdk.send(new FlushStageCacheCommand({ restApiId, stageName: "nope" })), "NotFoundException", 404);
    await expectAwsError(() => sdk.send(new FlushStageCacheCommand({ restApiId: "nope000000", stageName: "prod" })), "NotFoundException", 404);
    const stage = await sdk.send(new GetStageCommand({ restApiId, stageName: "nocache" }));
    expect(stage.cacheClusterStatus).toBe("NOT_AVAILABLE");
  });
});

describe("method settings the gateway enforces", () => {
  it("throttling set through UpdateStage answers 429 past the burst", async () => {
    await sdk.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "nocache",
        patchOperations: [
          { op: "replace", path: "/~1pets/GET/throttling/rateLimit", value: "0" },
          { op: "replace", path: "/~1pets/GET/throttling/burstLimit", value: "2" },
        ],
      }),
    );
    const results = [await invoke("nocache"), await invoke("nocache"), await invoke("nocache")];
    expect(results.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(results[2]).toMatchObject({ errorType: "TooManyRequestsException", body: { message: "Too Many Requests" } });
  });
});
