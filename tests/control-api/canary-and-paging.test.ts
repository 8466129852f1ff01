/** Canary deployments on a stage (create, adjust, promote, remove) and GetRestApis paging. */
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetRestApisCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import { client, expectAwsError, gatewayRevision } from "./helpers";

const sdk = client();

describe("canary deployments", () => {
  it("deploys a canary onto an existing stage, adjusts it, promotes it and removes it", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "canary" }));
    const restApiId = api.id!;
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));

    const noStage = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId, canarySettings: { percentTraffic: 10 } })),
      "BadRequestException",
    );
    expect(noStage.message).toBe(
      "Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is null",
    );
    const missingStage = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", canarySettings: { percentTraffic: 10 } })),
      "BadRequestException",
    );
    expect(missingStage.message).toBe(
      "Invalid deployment content specified.Stage prod must already be created before making a canary release deployment",
    );

    const base = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", variables: { color: "blue" } }));
    const rev = gatewayRevision();
    const canary = await sdk.send(
      new CreateDeploymentCommand({
        restApiId,
        stageName: "prod",
        canarySettings: { percentTraffic: 10, stageVariableOverrides: { color: "green" } },
      }),
    );
    expect(gatewayRevision()).toBe(rev + 1);
    let stage = await sdk.send(new GetStageCommand({ restApiId, stageName: "prod" }));
    expect(stage.deploymentId).toBe(base.id);
    expect(stage.canarySettings).toEqual({
      deploymentId: canary.id,
      percentTraffic: 10,
      stageVariableOverrides: { color: "green" },
      useStageCache: false,
    });

    stage = await sdk.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/canarySettings/percentTraffic", value: "25.5" },
          { op: "replace", path: "/canarySettings/stageVariableOverrides/size", value: "xl" },
        ],
      }),
    );
    expect(stage.canarySettings?.percentTraffic).toBe(25.5);
    expect(stage.canarySettings?.stageVariableOverrides).toEqual({ color: "green", size: "xl" });

    stage = await sdk.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "prod",
        patchOperations: [
          { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
          { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
          { op: "remove", path: "/canarySettings" },
        ],
      }),
    );
    expect(stage.deploymentId).toBe(canary.id);
    expect(stage.variables).toEqual({ color: "green", size: "xl" });
    expect(stage.canarySettings).toBeUndefined();

    const noCanary = await expectAwsError(
      () =>
        sdk.send(
          new UpdateStageCommand({
            restApiId,
            stageName: "prod",
            patchOperations: [{ op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" }],
          }),
        ),
      "BadRequestException",
    );
    expect(noCanary.message).toBe("Promotion not available. Canary does not exist.");
  });
});

describe("GetRestApis paging", () => {
  it("pages with limit and position until no position is returned", async () => {
    for (let i = 0; i < 5; i++) await sdk.send(new CreateRestApiCommand({ name: `page-${i}` }));
    const seen: string[] = [];
    let position: string | undefined;
    let pages = 0;
    do {
      const page = await sdk.send(new GetRestApisCommand({ limit: 2, position }));
      expect(page.items!.length).toBeLessThanOrEqual(2);
      seen.push(...page.items!.map((a) => a.id!));
      position = page.position;
      pages++;
    } while (position);
    expect(new Set(seen).size).toBe(seen.length);
    const all = await sdk.send(new GetRestApisCommand({ limit: 500 }));
    expect(seen.sort()).toEqual(all.items!.map((a) => a.id!).sort());
    expect(pages).toBe(Math.ceil(all.items!.length / 2));

    await expectAwsError(() => sdk.send(new GetRestApisCommand({ limit: 501 })), "BadRequestException", 400);
  });
});
