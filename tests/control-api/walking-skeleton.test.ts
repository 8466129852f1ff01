/**
 * The walking skeleton through the real SDK: an API with /pets, /pets/{petId} and /{proxy+},
 * MOCK and HTTP_PROXY integrations, responses, a deployment with a stage, stage updates by patch,
 * and deletes, checking AWS's wire shapes and that the gateway revision moves when it must.
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteIntegrationCommand,
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  DeleteStageCommand,
  GetDeploymentCommand,
  GetDeploymentsCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourceCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetStageCommand,
  GetStagesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  TestInvokeMethodCommand,
  UpdateDeploymentCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { client, gatewayRevision, raw } from "./helpers";

const sdk = client();

describe("walking skeleton through the AWS SDK", () => {
  let apiId = "";
  let rootId = "";
  let petsId = "";
  let petId = "";
  let proxyId = "";
  let deploymentId = "";

  beforeAll(async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "pets", description: "Pet store" }));
    apiId = api.id!;
    rootId = api.rootResourceId!;
  });

  it("creates a REST API with AWS's shape and ids", async () => {
    const api = await sdk.send(new GetRestApiCommand({ restApiId: apiId }));
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.rootResourceId).toMatch(/^[a-z0-9]{10}$/);
    expect(api.name).toBe("pets");
    expect(api.description).toBe("Pet store");
    expect(api.apiKeySource).toBe("HEADER");
    expect(api.endpointConfiguration?.types).toEqual(["EDGE"]);
    expect(api.disableExecuteApiEndpoint).toBe(false);
    expect(api.createdDate).toBeInstanceOf(Date);
    expect(Math.abs(api.createdDate!.getTime() - Date.now())).toBeLessThan(10 * 60 * 1000);

    const wire = await raw("GET", `/restapis/${apiId}`);
    expect(wire.status).toBe(200);
    expect(Number.isInteger(wire.json!.createdDate)).toBe(true);
    expect(wire.json).not.toHaveProperty("binaryMediaTypes");

    const list = await sdk.send(new GetRestApisCommand({ limit: 500 }));
    expect(list.items?.some((a) => a.id === apiId)).toBe(true);
  });

  it("updates the API with patch operations", async () => {
    const updated = await sdk.send(
      new UpdateRestApiCommand({
        restApiId: apiId,
        patchOperations: [
          { op: "replace", path: "/description", value: "Pet store v2" },
          { op: "add", path: "/binaryMediaTypes/image~1png", value: "" },
          { op: "add", path: "/binaryMediaTypes/application~1octet-stream" },
          { op: "replace", path: "/minimumCompressionSize", value: "1024" },
          { op: "replace", path: "/apiKeySource", value: "AUTHORIZER" },
        ],
      }),
    );
    expect(updated.description).toBe("Pet store v2");
    expect(updated.binaryMediaTypes).toEqual(["image/png", "application/octet-stream"]);
    expect(updated.minimumCompressionSize).toBe(1024);
    expect(updated.apiKeySource).toBe("AUTHORIZER");

    const removed = await sdk.send(
      new UpdateRestApiCommand({
        restApiId: apiId,
        patchOperations: [
          { op: "remove", path: "/binaryMediaTypes/application~1octet-stream" },
          { op: "replace", path: "/apiKeySource", value: "HEADER" },
          { op: "replace", path: "/minimumCompressionSize", value: "" },
        ],
      }),
    );
    expect(removed.binaryMediaTypes).toEqual(["image/png"]);
    expect(removed.minimumCompressionSize).toBeUndefined();
  });

  it("builds the resource tree: /pets, /pets/{petId}, /{proxy+}", async () => {
    const pets = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: "pets" }));
    petsId = pets.id!;
    expect(pets).toMatchObject({ parentId: rootId, pathPart: "pets", path: "/pets" });
    expect(petsId).toMatch(/^[a-z0-9]{6}$/);

    const pet = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: petsId, pathPart: "{petId}" }));
    petId = pet.id!;
    expect(pet.path).toBe("/pets/{petId}");

    const proxy = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: "{proxy+}" }));
    proxyId = proxy.id!;
    expect(proxy.path).toBe("/{proxy+}");

    const resources = await sdk.send(new GetResourcesCommand({ restApiId: apiId }));
    expect(resources.items?.map((r) => r.path).sort()).toEqual(["/", "/pets", "/pets/{petId}", "/{proxy+}"]);
    const root = resources.items!.find((r) => r.path === "/")!;
    expect(root.parentId).toBeUndefined();
    expect(root.pathPart).toBeUndefined();

    const one = await sdk.send(new GetResourceCommand({ restApiId: apiId, resourceId: petId }));
    expect(one).toMatchObject({ id: petId, parentId: petsId, pathPart: "{petId}", path: "/pets/{petId}" });
  });

  it("pages GetResources with limit and position", async () => {
    const first = await sdk.send(new GetResourcesCommand({ restApiId: apiId, limit: 3 }));
    expect(first.items).toHaveLength(3);
    expect(first.position).toBeTruthy();
    const second = await sdk.send(new GetResourcesCommand({ restApiId: apiId, limit: 3, position: first.position }));
    expect(second.items).toHaveLength(1);
    expect(second.position).toBeUndefined();
  });

  it("puts methods with AWS's defaults", async () => {
    const get = await sdk.send(
      new PutMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET", authorizationType: "NONE" }),
    );
    expect(get).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
    expect(get.methodIntegration).toBeUndefined();
    expect(get.methodResponses).toBeUndefined();

    await sdk.send(
      new PutMethodCommand({
        restApiId: apiId,
        resourceId: petId,
        httpMethod: "GET",
        authorizationType: "NONE",
        requestParameters: { "method.request.path.petId": true },
      }),
    );
    // A mapping may only read declared method request parameters (AWS rejects the integration otherwise).
    await sdk.send(
      new PutMethodCommand({
        restApiId: apiId,
        resourceId: proxyId,
        httpMethod: "ANY",
        authorizationType: "NONE",
        requestParameters: { "method.request.path.proxy": true },
      }),
    );

    const updated = await sdk.send(
      new UpdateMethodCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/apiKeyRequired", value: "true" },
          { op: "add", path: "/requestParameters/method.request.querystring.type", value: "false" },
          { op: "replace", path: "/operationName", value: "ListPets" },
        ],
      }),
    );
    expect(updated.apiKeyRequired).toBe(true);
    expect(updated.requestParameters).toEqual({ "method.request.querystring.type": false });
    expect(updated.operationName).toBe("ListPets");
    await sdk.send(
      new UpdateMethodCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "false" }],
      }),
    );
  });

  it("puts a MOCK integration with AWS's defaults and no implicit responses", async () => {
    const integration = await sdk.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    expect(integration).toMatchObject({
      type: "MOCK",
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      cacheNamespace: petsId,
      cacheKeyParameters: [],
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    expect(integration.integrationResponses).toBeUndefined();
    expect(integration.connectionType).toBeUndefined();

    const mr = await sdk.send(
      new PutMethodResponseCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        statusCode: "200",
        responseModels: { "application/json": "Empty" },
      }),
    );
    expect(mr).toMatchObject({ statusCode: "200", responseModels: { "application/json": "Empty" } });

    const ir = await sdk.send(
      new PutIntegrationResponseCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": '[{"id": 1, "type": "dog"}]' },
      }),
    );
    expect(ir).toEqual({ statusCode: "200", responseTemplates: { "application/json": '[{"id": 1, "type": "dog"}]' }, $metadata: expect.anything() });

    const method = await sdk.send(new GetMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET" }));
    expect(method.methodResponses?.["200"]?.statusCode).toBe("200");
    expect(method.methodIntegration?.integrationResponses?.["200"]?.responseTemplates).toEqual({
      "application/json": '[{"id": 1, "type": "dog"}]',
    });

    expect((await sdk.send(new GetMethodResponseCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET", statusCode: "200" }))).statusCode).toBe("200");
    expect(
      (await sdk.send(new GetIntegrationResponseCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET", statusCode: "200" })))
        .responseTemplates,
    ).toBeDefined();
  });

  it("updates method and integration responses with patches", async () => {
    const mr = await sdk.send(
      new UpdateMethodResponseCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        statusCode: "200",
        patchOperations: [{ op: "add", path: "/responseParameters/method.response.header.X-Count", value: "false" }],
      }),
    );
    expect(mr.responseParameters).toEqual({ "method.response.header.X-Count": false });
    const ir = await sdk.send(
      new UpdateIntegrationResponseCommand({
        restApiId: apiId,
        resourceId: petsId,
        httpMethod: "GET",
        statusCode: "200",
        patchOperations: [
          { op: "add", path: "/responseParameters/method.response.header.X-Count", value: "'1'" },
          { op: "replace", path: "/selectionPattern", value: "" },
        ],
      }),
    );
    expect(ir.responseParameters).toEqual({ "method.response.header.X-Count": "'1'" });
  });

  it("puts HTTP_PROXY integrations, with integrationHttpMethod sent as httpMethod", async () => {
    const integration = await sdk.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: proxyId,
        httpMethod: "ANY",
        type: "HTTP_PROXY",
        integrationHttpMethod: "ANY",
        uri: "http://127.0.0.1:9/{proxy}",
        requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
        timeoutInMillis: 5000,
      }),
    );
    expect(integration).toMatchObject({
      type: "HTTP_PROXY",
      httpMethod: "ANY",
      uri: "http://127.0.0.1:9/{proxy}",
      connectionType: "INTERNET",
      timeoutInMillis: 5000,
      cacheNamespace: proxyId,
    });
    expect(integration.integrationResponses).toBeUndefined();

    await sdk.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: petId,
        httpMethod: "GET",
        type: "HTTP_PROXY",
        integrationHttpMethod: "GET",
        uri: "https://${stageVariables.backend}/pets/{petId}",
        requestParameters: { "integration.request.path.petId": "method.request.path.petId" },
      }),
    );
    const updated = await sdk.send(
      new UpdateIntegrationCommand({
        restApiId: apiId,
        resourceId: petId,
        httpMethod: "GET",
        patchOperations: [
          { op: "replace", path: "/timeoutInMillis", value: "10000" },
          { op: "add", path: "/requestParameters/integration.request.header.X-Pet", value: "method.request.path.petId" },
        ],
      }),
    );
    expect(updated.timeoutInMillis).toBe(10000);
    expect(updated.requestParameters).toEqual({
      "integration.request.path.petId": "method.request.path.petId",
      "integration.request.header.X-Pet": "method.request.path.petId",
    });
    const fetched = await sdk.send(new GetIntegrationCommand({ restApiId: apiId, resourceId: petId, httpMethod: "GET" }));
    expect(fetched.uri).toBe("https://${stageVariables.backend}/pets/{petId}");

    const wire = await raw("GET", `/restapis/${apiId}/resources/${petId}/methods/GET/integration`);
    expect(wire.json).toMatchObject({ httpMethod: "GET", type: "HTTP_PROXY" });
  });

  it("embeds full methods in GetResources with embed=methods, empty objects without", async () => {
    const plain = await raw("GET", `/restapis/${apiId}/resources`);
    const petsPlain = (plain.json!.item as { path: string; resourceMethods?: Record<string, unknown> }[]).find((r) => r.path === "/pets")!;
    expect(petsPlain.resourceMethods).toEqual({ GET: {} });

    const embedded = await sdk.send(new GetResourcesCommand({ restApiId: apiId, embed: ["methods"] }));
    const pets = embedded.items!.find((r) => r.path === "/pets")!;
    expect(pets.resourceMethods?.GET?.methodIntegration?.type).toBe("MOCK");
    expect(pets.resourceMethods?.GET?.methodResponses?.["200"]).toBeDefined();
  });

  it("test-invokes the undeployed MOCK method through the gateway pipeline", async () => {
    const result = await sdk.send(new TestInvokeMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET" }));
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual([{ id: 1, type: "dog" }]);
    expect(typeof result.log).toBe("string");
    expect(typeof result.latency).toBe("number");
  });

  it("deploys with stageName, creating the stage and bumping the gateway revision", async () => {
    const before = gatewayRevision();
    const deployment = await sdk.send(
      new CreateDeploymentCommand({
        restApiId: apiId,
        stageName: "dev",
        stageDescription: "development",
        description: "first",
        variables: { backend: "example.com" },
      }),
    );
    deploymentId = deployment.id!;
    expect(deploymentId).toMatch(/^[a-z0-9]{6}$/);
    expect(deployment.description).toBe("first");
    expect(deployment.createdDate).toBeInstanceOf(Date);
    expect(gatewayRevision()).toBe(before + 1);

    const stage = await sdk.send(new GetStageCommand({ restApiId: apiId, stageName: "dev" }));
    expect(stage).toMatchObject({
      stageName: "dev",
      deploymentId,
      description: "development",
      variables: { backend: "example.com" },
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      methodSettings: {},
      tracingEnabled: false,
    });
    expect(stage.createdDate).toBeInstanceOf(Date);
    expect(stage.lastUpdatedDate).toBeInstanceOf(Date);

    const deployments = await sdk.send(new GetDeploymentsCommand({ restApiId: apiId }));
    expect(deployments.items?.map((d) => d.id)).toEqual([deploymentId]);

    const summary = await sdk.send(new GetDeploymentCommand({ restApiId: apiId, deploymentId, embed: ["apiSummary"] }));
    expect(summary.apiSummary?.["/pets"]?.GET).toEqual({ authorizationType: "NONE", apiKeyRequired: false });
    expect(summary.apiSummary?.["/{proxy+}"]?.ANY).toBeDefined();
  });

  it("freezes the API into the deployment snapshot (later edits do not change it)", async () => {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(globalThis.controlApi.databaseFile, { readonly: true });
    const row = db.prepare("SELECT snapshot, createdBy FROM Deployment WHERE id = ?").get(deploymentId) as { snapshot: string; createdBy: string };
    db.close();
    expect(row.createdBy).toBe("root");
    const snapshot = JSON.parse(row.snapshot);
    expect(snapshot.version).toBe(1);
    expect(snapshot.api).toMatchObject({ id: apiId, name: "pets", binaryMediaTypes: ["image/png"], apiKeySource: "HEADER" });
    const pets = snapshot.resources.find((r: { path: string }) => r.path === "/pets");
    expect(pets.methods.GET.integration.type).toBe("MOCK");
    expect(pets.methods.GET.methodResponses["200"].statusCode).toBe("200");
    expect(pets.methods.GET.integration.integrationResponses["200"].responseTemplates).toBeDefined();
    const proxy = snapshot.resources.find((r: { path: string }) => r.path === "/{proxy+}");
    expect(proxy).toMatchObject({ id: proxyId, parentId: rootId, pathPart: "{proxy+}" });
    expect(proxy.methods.ANY.integration).toMatchObject({ type: "HTTP_PROXY", httpMethod: "ANY" });
  });

  it("repoints an existing stage on redeploy and keeps it", async () => {
    const before = gatewayRevision();
    const second = await sdk.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: "dev", description: "second" }));
    expect(gatewayRevision()).toBe(before + 1);
    const stage = await sdk.send(new GetStageCommand({ restApiId: apiId, stageName: "dev" }));
    expect(stage.deploymentId).toBe(second.id);
    expect(stage.variables).toEqual({ backend: "example.com" });
    expect(stage.description).toBe("development");

    const updated = await sdk.send(new UpdateDeploymentCommand({ restApiId: apiId, deploymentId: second.id!, patchOperations: [{ op: "replace", path: "/description", value: "second!" }] }));
    expect(updated.description).toBe("second!");
  });

  it("creates, updates (patch) and deletes stages, bumping the revision each time", async () => {
    let rev = gatewayRevision();
    const prod = await sdk.send(
      new CreateStageCommand({ restApiId: apiId, stageName: "prod", deploymentId, description: "production", variables: { v: "1" } }),
    );
    expect(prod).toMatchObject({ stageName: "prod", deploymentId, description: "production", variables: { v: "1" } });
    expect(gatewayRevision()).toBe(++rev);

    const stages = await sdk.send(new GetStagesCommand({ restApiId: apiId }));
    expect(stages.item?.map((s) => s.stageName).sort()).toEqual(["dev", "prod"]);
    const byDeployment = await sdk.send(new GetStagesCommand({ restApiId: apiId, deploymentId }));
    expect(byDeployment.item?.map((s) => s.stageName)).toEqual(["prod"]);

    const dev = await sdk.send(new GetStageCommand({ restApiId: apiId, stageName: "dev" }));
    const updated = await sdk.send(
      new UpdateStageCommand({
        restApiId: apiId,
        stageName: "prod",
        patchOperations: [
          { op: "replace", path: "/deploymentId", value: dev.deploymentId },
          { op: "replace", path: "/description", value: "prod!" },
          { op: "replace", path: "/variables/v", value: "2" },
          { op: "add", path: "/variables/w", value: "x.example.com" },
          { op: "replace", path: "/*/*/throttling/burstLimit", value: "100" },
          { op: "replace", path: "/~1pets/GET/throttling/rateLimit", value: "50" },
        ],
      }),
    );
    expect(updated.deploymentId).toBe(dev.deploymentId);
    expect(updated.description).toBe("prod!");
    expect(updated.variables).toEqual({ v: "2", w: "x.example.com" });
    expect(updated.methodSettings?.["*/*"]?.throttlingBurstLimit).toBe(100);
    expect(updated.methodSettings?.["~1pets/GET"]).toMatchObject({ throttlingRateLimit: 50, throttlingBurstLimit: 100 });
    expect(gatewayRevision()).toBe(++rev);

    const removed = await sdk.send(
      new UpdateStageCommand({
        restApiId: apiId,
        stageName: "prod",
        patchOperations: [
          { op: "remove", path: "/variables/w" },
          { op: "remove", path: "/*/*" },
        ],
      }),
    );
    expect(removed.variables).toEqual({ v: "2" });
    expect(removed.methodSettings?.["*/*"]).toBeUndefined();
    expect(gatewayRevision()).toBe(++rev);

    await sdk.send(new DeleteStageCommand({ restApiId: apiId, stageName: "prod" }));
    expect(gatewayRevision()).toBe(++rev);
    const after = await sdk.send(new GetStagesCommand({ restApiId: apiId }));
    expect(after.item?.map((s) => s.stageName)).toEqual(["dev"]);
  });

  it("deletes an unused deployment (bumping the revision)", async () => {
    const rev = gatewayRevision();
    await sdk.send(new DeleteDeploymentCommand({ restApiId: apiId, deploymentId }));
    expect(gatewayRevision()).toBe(rev + 1);
    const deployments = await sdk.send(new GetDeploymentsCommand({ restApiId: apiId }));
    expect(deployments.items?.some((d) => d.id === deploymentId)).toBe(false);
  });

  it("renames and moves resources, carrying descendants' paths", async () => {
    const renamed = await sdk.send(
      new UpdateResourceCommand({ restApiId: apiId, resourceId: petsId, patchOperations: [{ op: "replace", path: "/pathPart", value: "animals" }] }),
    );
    expect(renamed.path).toBe("/animals");
    expect((await sdk.send(new GetResourceCommand({ restApiId: apiId, resourceId: petId }))).path).toBe("/animals/{petId}");

    const v1 = await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: "v1" }));
    const moved = await sdk.send(
      new UpdateResourceCommand({ restApiId: apiId, resourceId: petsId, patchOperations: [{ op: "replace", path: "/parentId", value: v1.id }] }),
    );
    expect(moved).toMatchObject({ parentId: v1.id, path: "/v1/animals" });
    expect((await sdk.send(new GetResourceCommand({ restApiId: apiId, resourceId: petId }))).path).toBe("/v1/animals/{petId}");
  });

  it("deletes responses, integrations, methods and resources (with descendants)", async () => {
    await sdk.send(new DeleteIntegrationResponseCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET", statusCode: "200" }));
    await sdk.send(new DeleteMethodResponseCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET", statusCode: "200" }));
    await sdk.send(new DeleteIntegrationCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET" }));
    const method = await sdk.send(new GetMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET" }));
    expect(method.methodIntegration).toBeUndefined();
    expect(method.methodResponses).toBeUndefined();
    await sdk.send(new DeleteMethodCommand({ restApiId: apiId, resourceId: petsId, httpMethod: "GET" }));

    await sdk.send(new DeleteResourceCommand({ restApiId: apiId, resourceId: petsId }));
    const resources = await sdk.send(new GetResourcesCommand({ restApiId: apiId }));
    expect(resources.items?.map((r) => r.path).sort()).toEqual(["/", "/v1", "/{proxy+}"]);
  });

  it("deletes the REST API (bumping the revision)", async () => {
    const rev = gatewayRevision();
    await sdk.send(new DeleteRestApiCommand({ restApiId: apiId }));
    expect(gatewayRevision()).toBe(rev + 1);
    const list = await sdk.send(new GetRestApisCommand({}));
    expect(list.items?.some((a) => a.id === apiId)).toBe(false);
  });
});
