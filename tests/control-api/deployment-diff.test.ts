/**
 * The console-only deployment diff (GET /api/restapis/{id}/deployments/{a}/diff?to={b|current})
 * over real deployments made through the SDK.
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { client, raw } from "./helpers";

const sdk = client();
let restApiId = "";
let rootId = "";
let first = "";
let second = "";

beforeAll(async () => {
  const api = await sdk.send(new CreateRestApiCommand({ name: "diff" }));
  restApiId = api.id!;
  rootId = api.rootResourceId!;
  await sdk.send(new PutMethodCommand({ restApiId, resourceId: rootId, httpMethod: "GET", authorizationType: "NONE" }));
  await sdk.send(
    new PutIntegrationCommand({
      restApiId,
      resourceId: rootId,
      httpMethod: "GET",
      type: "MOCK",
      requestTemplates: { "application/json": '{\n  "statusCode": 200\n}' },
    }),
  );
  await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: rootId, httpMethod: "GET", statusCode: "200" }));
  await sdk.send(
    new PutIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: "GET", statusCode: "200", responseTemplates: { "application/json": '{"v": 1}' } }),
  );
  first = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "v1" }))).id!;

  const pets = await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: "pets" }));
  await sdk.send(new PutMethodCommand({ restApiId, resourceId: pets.id!, httpMethod: "POST", authorizationType: "NONE" }));
  await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: pets.id!, httpMethod: "POST", type: "MOCK" }));
  await sdk.send(
    new UpdateIntegrationCommand({
      restApiId,
      resourceId: rootId,
      httpMethod: "GET",
      patchOperations: [
        { op: "replace", path: "/requestTemplates/application~1json", value: '{\n  "statusCode": 201\n}' },
        { op: "replace", path: "/passthroughBehavior", value: "NEVER" },
      ],
    }),
  );
  await sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", statusCode: "418" }));
  await sdk.send(new UpdateRestApiCommand({ restApiId, patchOperations: [{ op: "add", path: "/binaryMediaTypes/image~1png" }] }));
  second = (await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod", description: "v2" }))).id!;
});

describe("deployment diff", () => {
  it("shows what changed between two deployments", async () => {
    const res = await raw("GET", `/api/restapis/${restApiId}/deployments/${first}/diff?to=${second}`);
    expect(res.status).toBe(200);
    const { from, to, diff } = res.json as any;
    expect(from).toMatchObject({ deploymentId: first, description: "v1", createdBy: "root" });
    expect(to).toMatchObject({ deploymentId: second, description: "v2" });
    expect(diff.identical).toBe(false);
    expect(diff.resources).toEqual({ added: [{ path: "/pets", id: expect.any(String) }], removed: [] });
    expect(diff.methods.added).toEqual([{ path: "/pets", httpMethod: "POST" }]);
    expect(diff.methods.changed).toHaveLength(1);
    const get = diff.methods.changed[0];
    expect([get.path, get.httpMethod]).toEqual(["/", "GET"]);
    expect(get.changes).toEqual([
      { field: "integration.passthroughBehavior", kind: "changed", before: "WHEN_NO_MATCH", after: "NEVER" },
      {
        field: 'integration.requestTemplates["application/json"]',
        kind: "changed",
        before: '{\n  "statusCode": 200\n}',
        after: '{\n  "statusCode": 201\n}',
        diff: ["@@ -1,3 +1,3 @@", " {", '-  "statusCode": 200', '+  "statusCode": 201', " }"],
      },
    ]);
    expect(diff.gatewayResponses.added).toEqual(["DEFAULT_4XX"]);
    expect(diff.binaryMediaTypes).toEqual({ added: ["image/png"], removed: [] });
    expect(diff.summary).toMatchObject({ resourcesAdded: 1, methodsAdded: 1, methodsChanged: 1, gatewayResponsesChanged: 1, binaryMediaTypesChanged: 1 });

    const back = (await raw("GET", `/api/restapis/${restApiId}/deployments/${second}/diff?to=${first}`)).json as any;
    expect(back.diff.resources.removed).toEqual([{ path: "/pets", id: expect.any(String) }]);
    expect(back.diff.methods.removed).toEqual([{ path: "/pets", httpMethod: "POST" }]);
  });

  it("diffs against the current undeployed API with to=current (the default)", async () => {
    const same = (await raw("GET", `/api/restapis/${restApiId}/deployments/${second}/diff?to=current`)).json as any;
    expect(same.to).toEqual({ deploymentId: null });
    expect(same.diff.identical).toBe(true);

    await sdk.send(
      new PutIntegrationResponseCommand({ restApiId, resourceId: rootId, httpMethod: "GET", statusCode: "200", responseTemplates: { "application/json": '{"v": 2}' } }),
    );
    const changed = (await raw("GET", `/api/restapis/${restApiId}/deployments/${second}/diff`)).json as any;
    expect(changed.diff.methods.changed[0].changes).toEqual([
      {
        field: 'integration.integrationResponses["200"].responseTemplates["application/json"]',
        kind: "changed",
        before: '{"v": 1}',
        after: '{"v": 2}',
        diff: ["@@ -1 +1 @@", '-{"v": 1}', '+{"v": 2}'],
      },
    ]);
  });

  it("answers unknown deployments with 404 and unauthenticated requests with 403", async () => {
    const missing = await raw("GET", `/api/restapis/${restApiId}/deployments/zzzzzz/diff?to=current`);
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ message: "Invalid Deployment identifier specified" });
    expect((await raw("GET", `/api/restapis/${restApiId}/deployments/${first}/diff?to=zzzzzz`)).status).toBe(404);
    const unsigned = await raw("GET", `/api/restapis/${restApiId}/deployments/${first}/diff`, undefined, { sign: false });
    expect(unsigned.status).toBe(403);
    expect(unsigned.errorType).toBe("MissingAuthenticationTokenException");
  });
});
