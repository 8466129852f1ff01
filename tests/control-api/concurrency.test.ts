/**
 * Concurrent writes: every write runs in one SQLite transaction, so parallel requests neither
 * fail spuriously nor break the tree rules, and every gateway-visible write bumps the revision once.
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import { client, gatewayRevision } from "./helpers";

const sdk = client();

describe("concurrent requests", () => {
  it("creates distinct resources in parallel and lets exactly one duplicate win", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "parallel" }));
    const restApiId = api.id!;
    const parentId = api.rootResourceId!;

    const distinct = await Promise.all(
      Array.from({ length: 12 }, (_, i) => sdk.send(new CreateResourceCommand({ restApiId, parentId, pathPart: `r${i}` }))),
    );
    expect(new Set(distinct.map((r) => r.id)).size).toBe(12);

    const same = await Promise.allSettled(
      Array.from({ length: 6 }, () => sdk.send(new CreateResourceCommand({ restApiId, parentId, pathPart: "dup" }))),
    );
    expect(same.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of same.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect((r.reason as Error).name).toBe("ConflictException");
    }

    const variables = await Promise.allSettled(
      ["{a}", "{b}", "{c}", "{d+}"].map((pathPart) => sdk.send(new CreateResourceCommand({ restApiId, parentId, pathPart }))),
    );
    expect(variables.filter((r) => r.status === "fulfilled")).toHaveLength(1);

    const resources = await sdk.send(new GetResourcesCommand({ restApiId, limit: 500 }));
    expect(resources.items).toHaveLength(1 + 12 + 1 + 1);
  });

  it("bumps the gateway revision once per parallel deployment", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "parallel-deploy" }));
    const restApiId = api.id!;
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
    const before = gatewayRevision();
    const deployments = await Promise.all(
      Array.from({ length: 8 }, (_, i) => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: i % 2 ? "odd" : "even" }))),
    );
    expect(new Set(deployments.map((d) => d.id)).size).toBe(8);
    expect(gatewayRevision()).toBe(before + 8);
  });
});
