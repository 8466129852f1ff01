/**
 * Stages through the real SDK (issue 5): stage variables with AWS's rules and messages,
 * UpdateStage patches (variables, rollback through /deploymentId, description, tracing, cache,
 * method settings as AWS keys and shows them, canary settings and promotion as AWS does it),
 * tags on stage and API ARNs, deployment history, and the gateway revision moving exactly when
 * the gateway has something new to see.
 */
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetDeploymentsCommand,
  GetRestApiCommand,
  GetStageCommand,
  GetTagsCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStageCommand,
  type PatchOperation,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { client, expectAwsError, gatewayRevision, raw, REGION } from "./helpers";

const sdk = client();

async function deployableApi(name: string) {
  const api = await sdk.send(new CreateRestApiCommand({ name }));
  await sdk.send(new PutMethodCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
  await sdk.send(new PutIntegrationCommand({ restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
  return api.id!;
}

const update = (restApiId: string, stageName: string, patchOperations: PatchOperation[]) =>
  sdk.send(new UpdateStageCommand({ restApiId, stageName, patchOperations }));
const stageOf = async (restApiId: string, stageName: string) => {
  const { $metadata: _m, lastUpdatedDate: _l, ...rest } = await sdk.send(new GetStageCommand({ restApiId, stageName }));
  return rest;
};

const BAD_NAME = (n: string) => `Invalid stage variable name: ${n}.  Please use names with only word characters.`;
const BAD_VALUE = (v: string) =>
  `Invalid stage variable value: ${v}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.`;

describe("stage variables", () => {
  let restApiId = "";
  let deploymentId = "";
  beforeAll(async () => {
    restApiId = await deployableApi("stage-vars");
    deploymentId = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", variables: { url: "example.com/api?x=1&y=2#frag" } }))).id!;
  });

  it("accepts AWS's name and value characters and limits (64-character names, 512-character values)", async () => {
    const stage = await update(restApiId, "dev", [
      { op: "replace", path: "/variables/Name_1", value: "a-b.c_d~e:f/g?h#i&j=k,l m" },
      { op: "replace", path: `/variables/${"n".repeat(64)}`, value: "v".repeat(512) },
    ]);
    expect(stage.variables).toMatchObject({ Name_1: "a-b.c_d~e:f/g?h#i&j=k,l m", url: "example.com/api?x=1&y=2#frag" });
    expect(stage.variables![`${"n".repeat(64)}`]).toHaveLength(512);
  });

  it("refuses bad names and values with AWS's messages on every operation that sets variables, changing nothing", async () => {
    const before = await stageOf(restApiId, "dev");
    const rev = gatewayRevision();
    const cases: [PatchOperation[], string][] = [
      [[{ op: "replace", path: "/variables/owner:application-name", value: "foo" }], BAD_NAME("owner:application-name")],
      [[{ op: "replace", path: `/variables/${"n".repeat(65)}`, value: "foo" }], BAD_NAME("n".repeat(65))],
      [[{ op: "replace", path: "/variables/ok", value: "" }], BAD_VALUE("")],
      [[{ op: "replace", path: "/variables/ok" }], BAD_VALUE("null")],
      [[{ op: "replace", path: "/variables/ok", value: "semi;colon" }], BAD_VALUE("semi;colon")],
      [[{ op: "replace", path: "/variables/ok", value: "v".repeat(513) }], BAD_VALUE("v".repeat(513))],
      [
        [
          { op: "replace", path: "/description", value: "changed" },
          { op: "replace", path: "/variables/ok", value: "quote'" },
        ],
        BAD_VALUE("quote'"),
      ],
    ];
    for (const [ops, message] of cases) {
      const e = await expectAwsError(() => update(restApiId, "dev", ops), "BadRequestException", 400);
      expect(e.message).toBe(message);
    }
    expect(await stageOf(restApiId, "dev")).toEqual(before);
    expect(gatewayRevision()).toBe(rev);

    const created = await expectAwsError(
      () => sdk.send(new CreateStageCommand({ restApiId, stageName: "qa", deploymentId, variables: { "bad-name": "x" } })),
      "BadRequestException",
    );
    expect(created.message).toBe(BAD_NAME("bad-name"));
    const deployments = (await sdk.send(new GetDeploymentsCommand({ restApiId }))).items!.length;
    const deployed = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "qa", variables: { ok: "bad value!" } })),
      "BadRequestException",
    );
    expect(deployed.message).toBe(BAD_VALUE("bad value!"));
    expect((await sdk.send(new GetDeploymentsCommand({ restApiId }))).items!.length).toBe(deployments);
    await expectAwsError(() => stageOf(restApiId, "qa"), "NotFoundException");
  });

  it("allows at most 100 variables per stage", async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`v${i}`, "x"]));
    const e = await expectAwsError(() => sdk.send(new CreateStageCommand({ restApiId, stageName: "many", deploymentId, variables: many })), "BadRequestException");
    expect(e.message).toMatch(/at most 100 stage variables/);
    delete many.v100;
    const ok = await sdk.send(new CreateStageCommand({ restApiId, stageName: "many", deploymentId, variables: many }));
    expect(Object.keys(ok.variables!)).toHaveLength(100);
    await expectAwsError(() => update(restApiId, "many", [{ op: "add", path: "/variables/one_more", value: "x" }]), "BadRequestException");
  });

  it("adds, replaces and removes single variables", async () => {
    let stage = await update(restApiId, "dev", [
      { op: "add", path: "/variables/color", value: "blue" },
      { op: "replace", path: "/variables/url", value: "example.org" },
    ]);
    expect(stage.variables).toMatchObject({ color: "blue", url: "example.org" });
    stage = await update(restApiId, "dev", [{ op: "remove", path: "/variables/color" }]);
    expect(stage.variables!.color).toBeUndefined();
  });
});

describe("UpdateStage", () => {
  let restApiId = "";
  let d1 = "";
  let d2 = "";
  beforeAll(async () => {
    restApiId = await deployableApi("stage-updates");
    d1 = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "one" }))).id!;
    d2 = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "two" }))).id!;
  });

  it("rolls back with /deploymentId, bumping the gateway revision; an unknown deployment changes nothing", async () => {
    expect((await stageOf(restApiId, "prod")).deploymentId).toBe(d2);
    const rev = gatewayRevision();
    const stage = await update(restApiId, "prod", [{ op: "replace", path: "/deploymentId", value: d1 }]);
    expect(stage.deploymentId).toBe(d1);
    expect(gatewayRevision()).toBe(rev + 1);
    const e = await expectAwsError(() => update(restApiId, "prod", [{ op: "replace", path: "/deploymentId", value: "zzzzzz" }]), "BadRequestException");
    expect(e.message).toBe("Deployment id does not exist");
    expect(gatewayRevision()).toBe(rev + 1);
    await update(restApiId, "prod", [{ op: "replace", path: "/deploymentId", value: d2 }]);
  });

  it("sets and removes the description, tracing and the cache cluster", async () => {
    let stage = await update(restApiId, "prod", [
      { op: "replace", path: "/description", value: "production" },
      { op: "replace", path: "/tracingEnabled", value: "true" },
      { op: "replace", path: "/cacheClusterEnabled", value: "true" },
    ]);
    expect(stage).toMatchObject({ description: "production", tracingEnabled: true, cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheClusterStatus: "AVAILABLE" });
    stage = await update(restApiId, "prod", [
      { op: "remove", path: "/description" },
      { op: "replace", path: "/tracingEnabled", value: "false" },
      { op: "replace", path: "/cacheClusterSize", value: "6.1" },
      { op: "replace", path: "/cacheClusterEnabled", value: "false" },
    ]);
    expect(stage.description).toBeUndefined();
    expect(stage).toMatchObject({ tracingEnabled: false, cacheClusterEnabled: false, cacheClusterStatus: "NOT_AVAILABLE", cacheClusterSize: "6.1" });
  });

  it("keeps method settings under the key as written and shows them as AWS does", async () => {
    let stage = await update(restApiId, "prod", [
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "200" },
      { op: "replace", path: "/*/*/metrics/enabled", value: "true" },
      { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
      { op: "replace", path: "/*/*/logging/dataTrace", value: "true" },
      { op: "replace", path: "/~1pets/GET/caching/ttlInSeconds", value: "60" },
      { op: "replace", path: "/~1pets/GET/caching/enabled", value: "true" },
      { op: "replace", path: "/pets/{id}/DELETE/throttling/rateLimit", value: "1.5" },
    ]);
    expect(stage.methodSettings).toEqual({
      "*/*": {
        metricsEnabled: true,
        loggingLevel: "INFO",
        dataTraceEnabled: true,
        throttlingBurstLimit: 200,
        throttlingRateLimit: 100,
        cachingEnabled: false,
        cacheTtlInSeconds: 300,
        cacheDataEncrypted: false,
        requireAuthorizationForCacheControl: true,
        unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
      },
      // A new per-method entry starts from the stage-wide one ...
      "~1pets/GET": {
        metricsEnabled: true,
        loggingLevel: "INFO",
        dataTraceEnabled: true,
        throttlingBurstLimit: 200,
        throttlingRateLimit: 100,
        cachingEnabled: true,
        cacheTtlInSeconds: 60,
        cacheDataEncrypted: false,
        requireAuthorizationForCacheControl: true,
        unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
      },
      "pets/{id}/DELETE": expect.objectContaining({ throttlingRateLimit: 1.5, throttlingBurstLimit: 200, metricsEnabled: true }),
    });
    // ... and later stage-wide changes do not override it.
    stage = await update(restApiId, "prod", [{ op: "replace", path: "/*/*/throttling/burstLimit", value: "100" }]);
    expect(stage.methodSettings!["*/*"].throttlingBurstLimit).toBe(100);
    expect(stage.methodSettings!["~1pets/GET"].throttlingBurstLimit).toBe(200);
    expect((await stageOf(restApiId, "prod")).methodSettings).toEqual(stage.methodSettings);

    for (const [path, value] of [
      ["/*/*/logging/loglevel", "DEBUG"],
      ["/~1pets/GET/caching/ttlInSeconds", "3601"],
      ["/~1pets/GET/caching/unauthorizedCacheControlHeaderStrategy", "MAYBE"],
      ["/~1pets/GET/throttling/burstLimit", "many"],
    ]) {
      await expectAwsError(() => update(restApiId, "prod", [{ op: "replace", path, value }]), "BadRequestException");
    }
    const badPath = await expectAwsError(() => update(restApiId, "prod", [{ op: "replace", path: "/~1pets/GET/caching/size", value: "1" }]), "BadRequestException");
    expect(badPath.message).toMatch(/^Invalid method setting path: \/~1pets\/GET\/caching\/size\. Must be one of: \[/);
    await expectAwsError(() => update(restApiId, "prod", [{ op: "add", path: "/*/*/metrics/enabled", value: "true" }]), "BadRequestException");

    stage = await update(restApiId, "prod", [
      { op: "remove", path: "/~1pets/GET" },
      { op: "remove", path: "/pets/{id}/DELETE" },
    ]);
    expect(Object.keys(stage.methodSettings!)).toEqual(["*/*"]);
    const missing = await expectAwsError(() => update(restApiId, "prod", [{ op: "remove", path: "/~1pets/GET" }]), "BadRequestException");
    expect(missing.message).toBe("Cannot remove method setting ~1pets/GET because there is no method setting for this method ");
  });
});

describe("canary settings and promotion", () => {
  let restApiId = "";
  let base = "";
  let next = "";
  beforeAll(async () => {
    restApiId = await deployableApi("canary-stage");
    base = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", variables: { testVar: "test", testVar2: "test2" } }))).id!;
    next = (await sdk.send(new CreateDeploymentCommand({ restApiId }))).id!;
  });

  it("refuses what AWS refuses on a stage without a canary", async () => {
    const add = await expectAwsError(() => update(restApiId, "dev", [{ op: "add", path: "/canarySettings/deploymentId", value: next }]), "BadRequestException");
    expect(add.message).toBe("Invalid add operation with path: /canarySettings/deploymentId");
    const badCopy = await expectAwsError(
      () => update(restApiId, "dev", [{ op: "copy", path: "/canarySettings/stageVariableOverrides", from: "/variables" }]),
      "BadRequestException",
    );
    expect(badCopy.message).toBe(
      "Invalid copy operation with path: /canarySettings/stageVariableOverrides and from /variables. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
    );
    const noCanary = await expectAwsError(
      () => update(restApiId, "dev", [{ op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" }]),
      "BadRequestException",
    );
    expect(noCanary.message).toBe("Promotion not available. Canary does not exist.");
    const noDeployment = await expectAwsError(
      () => update(restApiId, "dev", [{ op: "replace", path: "/canarySettings/deploymentId", value: "deploy" }]),
      "BadRequestException",
    );
    expect(noDeployment.message).toBe("Deployment id does not exist");
    expect((await stageOf(restApiId, "dev")).canarySettings).toBeUndefined();
  });

  it("creates a canary from a replace on a stage without one (the stage's deployment at 0 %)", async () => {
    const rev = gatewayRevision();
    const stage = await update(restApiId, "dev", [{ op: "replace", path: "/canarySettings/percentTraffic", value: "50" }]);
    expect(stage.canarySettings).toEqual({ deploymentId: base, percentTraffic: 50, useStageCache: false });
    expect(gatewayRevision()).toBe(rev + 1);
    await update(restApiId, "dev", [{ op: "remove", path: "/canarySettings" }]);
    const byDeployment = await update(restApiId, "dev", [{ op: "replace", path: "/canarySettings/deploymentId", value: next }]);
    expect(byDeployment.canarySettings).toEqual({ deploymentId: next, percentTraffic: 0, useStageCache: false });
  });

  it("adjusts percentTraffic, overrides and useStageCache, refusing bad values and paths", async () => {
    const stage = await update(restApiId, "dev", [
      { op: "replace", path: "/canarySettings/percentTraffic", value: "12.5" },
      { op: "replace", path: "/canarySettings/stageVariableOverrides/testVar", value: "override" },
      { op: "replace", path: "/canarySettings/stageVariableOverrides/extra", value: "x" },
      { op: "replace", path: "/canarySettings/useStageCache", value: "true" },
    ]);
    expect(stage.canarySettings).toEqual({
      deploymentId: next,
      percentTraffic: 12.5,
      stageVariableOverrides: { testVar: "override", extra: "x" },
      useStageCache: true,
    });
    const removed = await update(restApiId, "dev", [{ op: "remove", path: "/canarySettings/stageVariableOverrides/extra" }]);
    expect(removed.canarySettings!.stageVariableOverrides).toEqual({ testVar: "override" });

    const before = await stageOf(restApiId, "dev");
    const cases: [PatchOperation, string | RegExp][] = [
      [{ op: "replace", path: "/canarySettings/percentTraffic", value: "100.1" }, "Canary traffic percentage must be between 0.0 and 100.0"],
      [{ op: "replace", path: "/canarySettings/stageVariableOverrides/bad-name", value: "x" }, BAD_NAME("bad-name")],
      [{ op: "remove", path: "/canarySettings/stageVariableOverrides" }, "Cannot remove method setting canarySettings/stageVariableOverrides because there is no method setting for this method "],
      [{ op: "remove", path: "/canarySettings/badPath" }, "Cannot remove method setting canarySettings/badPath because there is no method setting for this method "],
      [{ op: "replace", path: "/canarySettings", value: "test" }, /^Invalid method setting path: \/canarySettings\. Must be one of: \[/],
      [{ op: "replace", path: "/canarySettings/badPath", value: "badPath" }, /^Invalid method setting path: \/canarySettings\/badPath\. Must be one of: \[/],
    ];
    for (const [op, message] of cases) {
      const e = await expectAwsError(() => update(restApiId, "dev", [op]), "BadRequestException");
      if (typeof message === "string") expect(e.message).toBe(message);
      else expect(e.message).toMatch(message);
    }
    expect(await stageOf(restApiId, "dev")).toEqual(before);
  });

  it("promotes as the AWS console and CLI do: 0 %, copy the deployment, copy the overrides", async () => {
    const rev = gatewayRevision();
    const stage = await update(restApiId, "dev", [
      { op: "replace", path: "/canarySettings/percentTraffic", value: "0.0" },
      { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
      { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
    ]);
    expect(stage.deploymentId).toBe(next);
    expect(stage.variables).toEqual({ testVar: "override", testVar2: "test2" });
    expect(stage.canarySettings).toEqual({ deploymentId: next, percentTraffic: 0, stageVariableOverrides: { testVar: "override" }, useStageCache: true });
    expect(gatewayRevision()).toBe(rev + 1);
    const off = await update(restApiId, "dev", [{ op: "remove", path: "/canarySettings" }]);
    expect(off.canarySettings).toBeUndefined();
  });

  it("takes canarySettings on CreateDeployment, validating overrides before anything is created", async () => {
    const count = (await sdk.send(new GetDeploymentsCommand({ restApiId }))).items!.length;
    const bad = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", canarySettings: { percentTraffic: 5, stageVariableOverrides: { "a:b": "x" } } })),
      "BadRequestException",
    );
    expect(bad.message).toBe(BAD_NAME("a:b"));
    expect((await sdk.send(new GetDeploymentsCommand({ restApiId }))).items!.length).toBe(count);

    const canary = await sdk.send(
      new CreateDeploymentCommand({ restApiId, stageName: "dev", canarySettings: { percentTraffic: 5, stageVariableOverrides: { testVar: "c" }, useStageCache: true } }),
    );
    const stage = await stageOf(restApiId, "dev");
    expect(stage.deploymentId).toBe(next);
    expect(stage.canarySettings).toEqual({ deploymentId: canary.id, percentTraffic: 5, stageVariableOverrides: { testVar: "c" }, useStageCache: true });
  });
});

describe("tags", () => {
  it("tags, lists and untags stages and APIs by ARN", async () => {
    const restApiId = await deployableApi("tags");
    await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
    const stageArn = `arn:aws:apigateway:${REGION}::/restapis/${restApiId}/stages/prod`;
    const apiArn = `arn:aws:apigateway:${REGION}::/restapis/${restApiId}`;
    const rev = gatewayRevision();

    const tagged = await sdk.send(new TagResourceCommand({ resourceArn: stageArn, tags: { team: "payments", "cost-center": "42" } }));
    expect(tagged.$metadata.httpStatusCode).toBe(204);
    await sdk.send(new TagResourceCommand({ resourceArn: stageArn, tags: { env: "prod" } }));
    expect((await sdk.send(new GetTagsCommand({ resourceArn: stageArn }))).tags).toEqual({ team: "payments", "cost-center": "42", env: "prod" });
    expect((await stageOf(restApiId, "prod")).tags).toEqual({ team: "payments", "cost-center": "42", env: "prod" });

    await sdk.send(new UntagResourceCommand({ resourceArn: stageArn, tagKeys: ["team", "env"] }));
    expect((await sdk.send(new GetTagsCommand({ resourceArn: stageArn }))).tags).toEqual({ "cost-center": "42" });

    await sdk.send(new TagResourceCommand({ resourceArn: apiArn, tags: { owner: "me" } }));
    expect((await sdk.send(new GetRestApiCommand({ restApiId }))).tags).toEqual({ owner: "me" });
    expect((await sdk.send(new GetTagsCommand({ resourceArn: apiArn }))).tags).toEqual({ owner: "me" });
    expect(gatewayRevision()).toBe(rev);

    // The ARN with its "/" unencoded reaches the same operation.
    const plain = await raw("GET", `/tags/arn:aws:apigateway:${REGION}::/restapis/${restApiId}/stages/prod`);
    expect(plain.status).toBe(200);
    expect(plain.json).toEqual({ tags: { "cost-center": "42" } });

    await expectAwsError(() => sdk.send(new GetTagsCommand({ resourceArn: "arn:aws:lambda:us-east-1:1:function:f" })), "BadRequestException", 400);
    const noStage = await expectAwsError(
      () => sdk.send(new TagResourceCommand({ resourceArn: `arn:aws:apigateway:${REGION}::/restapis/${restApiId}/stages/nope`, tags: { a: "b" } })),
      "NotFoundException",
      404,
    );
    expect(noStage.message).toBe("Invalid Stage identifier specified");
    await expectAwsError(() => sdk.send(new GetTagsCommand({ resourceArn: `arn:aws:apigateway:${REGION}::/restapis/nope000000` })), "NotFoundException");
    const reserved = await expectAwsError(() => sdk.send(new TagResourceCommand({ resourceArn: stageArn, tags: { "aws:foo": "x" } })), "BadRequestException");
    expect(reserved.message).toMatch(/cannot start with 'aws:'/);
    const tooMany = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
    await expectAwsError(() => sdk.send(new TagResourceCommand({ resourceArn: stageArn, tags: tooMany })), "BadRequestException");
    expect((await sdk.send(new GetTagsCommand({ resourceArn: stageArn }))).tags).toEqual({ "cost-center": "42" });
  });
});

describe("deployment history", () => {
  it("lists deployments oldest first (GetDeployments) and, console-only, newest first with who and where", async () => {
    const restApiId = await deployableApi("history");
    const a = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "first" }));
    const b = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev", description: "second" }));
    const c = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", canarySettings: { percentTraffic: 10 } }));
    const items = (await sdk.send(new GetDeploymentsCommand({ restApiId }))).items!;
    expect(items.map((d) => d.id)).toEqual([a.id, b.id, c.id]);
    expect(items.every((d) => !("createdBy" in d))).toBe(true);

    const history = await raw("GET", `/api/restapis/${restApiId}/deployments`);
    expect(history.status).toBe(200);
    expect(history.json).toEqual({
      items: [
        { id: c.id, createdDate: expect.any(Number), createdBy: "root", stages: [], canaryStages: ["prod"] },
        { id: b.id, description: "second", createdDate: expect.any(Number), createdBy: "root", stages: ["dev"], canaryStages: [] },
        { id: a.id, description: "first", createdDate: expect.any(Number), createdBy: "root", stages: ["prod"], canaryStages: [] },
      ],
    });
    expect((await raw("GET", `/api/restapis/${restApiId}/deployments`, undefined, { sign: false })).status).toBe(403);
    expect((await raw("GET", `/api/restapis/nope000000/deployments`)).status).toBe(404);
  });
});
