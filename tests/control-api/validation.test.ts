/**
 * AWS's validation and not-found errors, through the real SDK: exception class, HTTP status and
 * AWS's message text.
 */
import {
  BadRequestException,
  ConflictException,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  DeleteDeploymentCommand,
  DeleteResourceCommand,
  GetDeploymentCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetMethodResponseCommand,
  GetResourceCommand,
  GetRestApiCommand,
  GetStageCommand,
  NotFoundException,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateMethodCommand,
  UpdateResourceCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
  type PutIntegrationCommandInput,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { client, expectAwsError, raw } from "./helpers";

const sdk = client();

let apiId = "";
let rootId = "";

async function resource(parentId: string, pathPart: string): Promise<string> {
  return (await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId, pathPart }))).id!;
}

beforeAll(async () => {
  const api = await sdk.send(new CreateRestApiCommand({ name: "validation" }));
  apiId = api.id!;
  rootId = api.rootResourceId!;
});

describe("identifiers that do not exist", () => {
  it("unknown API → 404 'Invalid API identifier specified <account>:<id>'", async () => {
    const e = await expectAwsError(() => sdk.send(new GetRestApiCommand({ restApiId: "nosuchapi1" })), "NotFoundException", 404);
    expect(e).toBeInstanceOf(NotFoundException);
    expect(e.message).toBe("Invalid API identifier specified 000000000000:nosuchapi1");
  });

  it("unknown resource, method, integration, responses, stage and deployment", async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => sdk.send(new GetResourceCommand({ restApiId: apiId, resourceId: "nosuch" })), "Invalid Resource identifier specified"],
      [() => sdk.send(new GetMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "GET" })), "Invalid Method identifier specified"],
      [() => sdk.send(new GetStageCommand({ restApiId: apiId, stageName: "nope" })), "Invalid Stage identifier specified"],
      [() => sdk.send(new GetDeploymentCommand({ restApiId: apiId, deploymentId: "nope00" })), "Invalid Deployment identifier specified"],
    ];
    for (const [call, message] of cases) {
      const e = await expectAwsError(call, "NotFoundException", 404);
      expect(e.message).toBe(message);
    }

    await sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "POST", authorizationType: "NONE" }));
    const noIntegration = await expectAwsError(
      () => sdk.send(new GetIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "POST" })),
      "NotFoundException",
    );
    expect(noIntegration.message).toBe("Invalid Integration identifier specified");
    const noResponse = await expectAwsError(
      () => sdk.send(new GetMethodResponseCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "POST", statusCode: "200" })),
      "NotFoundException",
    );
    expect(noResponse.message).toBe("Invalid Response status code specified");
    await sdk.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "POST", type: "MOCK" }));
    const noIntegrationResponse = await expectAwsError(
      () => sdk.send(new GetIntegrationResponseCommand({ restApiId: apiId, resourceId: rootId, httpMethod: "POST", statusCode: "200" })),
      "NotFoundException",
    );
    expect(noIntegrationResponse.message).toBe("Invalid Response status code specified");
  });
});

describe("resource tree rules", () => {
  it("rejects a duplicate path part with 409 ConflictException", async () => {
    const pets = await resource(rootId, "pets");
    const e = await expectAwsError(
      () => sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: "pets" })),
      "ConflictException",
      409,
    );
    expect(e).toBeInstanceOf(ConflictException);
    expect(e.message).toBe("Another resource with the same parent already has this name: pets");

    // Same rule when renaming onto a sibling's name.
    const cats = await resource(rootId, "cats");
    const rename = await expectAwsError(
      () => sdk.send(new UpdateResourceCommand({ restApiId: apiId, resourceId: cats, patchOperations: [{ op: "replace", path: "/pathPart", value: "pets" }] })),
      "ConflictException",
    );
    expect(rename.message).toBe("Another resource with the same parent already has this name: pets");
    await sdk.send(new DeleteResourceCommand({ restApiId: apiId, resourceId: cats }));
    await sdk.send(new DeleteResourceCommand({ restApiId: apiId, resourceId: pets }));
  });

  it("rejects path parts with characters AWS does not allow", async () => {
    for (const pathPart of ["a b", "{id}.html", "x/y", "{}", "{+}", "a{b}", "caf\u00e9"]) {
      const e = await expectAwsError(
        () => sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart })),
        "BadRequestException",
        400,
      );
      expect(e).toBeInstanceOf(BadRequestException);
      expect(e.message).toBe(
        "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
      );
    }
    // RFC 3986 path characters are fine.
    for (const pathPart of ["v1.0", "events:batch", "a-b_c~d", "x@y", "it's(1)", "k=v;a,b+c!$&*"]) {
      await sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart }));
    }
  });

  it("allows only one variable path part among siblings", async () => {
    const users = await resource(rootId, "users");
    await resource(users, "{id}");
    const e = await expectAwsError(
      () => sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: users, pathPart: "{name}" })),
      "BadRequestException",
      400,
    );
    expect(e.message).toBe("A sibling ({id}) of this resource already has a variable path part -- only one is allowed");
    const greedy = await expectAwsError(
      () => sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: users, pathPart: "{proxy+}" })),
      "BadRequestException",
    );
    expect(greedy.message).toBe("A sibling ({id}) of this resource already has a variable path part -- only one is allowed");
    // A literal sibling is fine.
    await resource(users, "me");
  });

  it("refuses children under a greedy {proxy+} resource", async () => {
    const files = await resource(rootId, "files");
    const proxy = await resource(files, "{proxy+}");
    for (const pathPart of ["x", "{id}"]) {
      const e = await expectAwsError(
        () => sdk.send(new CreateResourceCommand({ restApiId: apiId, parentId: proxy, pathPart })),
        "BadRequestException",
      );
      expect(e.message).toBe("Cannot create a child of a resource with a greedy path variable: {proxy+}");
    }
  });

  it("validates UpdateResource patches as AWS does", async () => {
    const a = await resource(rootId, "alpha");
    const b = await resource(a, "beta");
    const badPath = await expectAwsError(
      () => sdk.send(new UpdateResourceCommand({ restApiId: apiId, resourceId: a, patchOperations: [{ op: "replace", path: "/invalid", value: "x" }] })),
      "BadRequestException",
    );
    expect(badPath.message).toBe("Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]");
    const badOp = await expectAwsError(
      () => sdk.send(new UpdateResourceCommand({ restApiId: apiId, resourceId: a, patchOperations: [{ op: "add", path: "/pathPart", value: "x" }] })),
      "BadRequestException",
    );
    expect(badOp.message).toBe("Invalid patch path  '/pathPart' specified for op 'add'. Please choose supported operations");
    const cyclic = await expectAwsError(
      () => sdk.send(new UpdateResourceCommand({ restApiId: apiId, resourceId: a, patchOperations: [{ op: "replace", path: "/parentId", value: b }] })),
      "BadRequestException",
    );
    expect(cyclic.message).toBe("Resources cannot be cyclical.");
    const rootPatch = await expectAwsError(
      () => sdk.send(new UpdateResourceCommand({ restApiId: apiId, resourceId: rootId, patchOperations: [{ op: "replace", path: "/pathPart", value: "x" }] })),
      "BadRequestException",
    );
    expect(rootPatch.message).toBe("Root resource cannot update its pathPart.");
  });
});

describe("methods", () => {
  it("rejects a second PutMethod for the same verb with 409", async () => {
    const r = await resource(rootId, "m1");
    await sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", authorizationType: "NONE" }));
    const e = await expectAwsError(
      () => sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", authorizationType: "NONE" })),
      "ConflictException",
      409,
    );
    expect(e.message).toBe("Method already exists for this resource");
  });

  it("rejects unknown verbs and CUSTOM auth without an authorizer", async () => {
    const r = await resource(rootId, "m2");
    const verb = await expectAwsError(
      () => sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "FETCH", authorizationType: "NONE" })),
      "BadRequestException",
    );
    expect(verb.message).toBe("Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
    const custom = await expectAwsError(
      () => sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: "abc" })),
      "BadRequestException",
    );
    expect(custom.message).toBe(
      "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.",
    );
  });

  it("validates UpdateMethod patch paths and ops", async () => {
    const r = await resource(rootId, "m3");
    await sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "ANY", authorizationType: "NONE" }));
    const call = (op: "add" | "replace", path: string, value: string) =>
      sdk.send(new UpdateMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "ANY", patchOperations: [{ op, path, value }] }));
    expect((await expectAwsError(() => call("add", "/operationName", "x"), "BadRequestException")).message).toBe(
      "Invalid patch operation specified. Must be one of: [replace]",
    );
    expect((await expectAwsError(() => call("add", "/httpMethod", "PUT"), "BadRequestException")).message).toBe("Invalid patch path /httpMethod");
    expect((await expectAwsError(() => call("add", "/requestModels/application/json", "Empty"), "BadRequestException")).message).toBe(
      "Invalid patch path /requestModels/application/json",
    );
    const ok = await call("add", "/requestModels/application~1json", "Empty");
    expect(ok.requestModels).toEqual({ "application/json": "Empty" });
    // AWS reads booleans like Java's Boolean.parseBoolean: anything but "true" is false.
    expect((await call("replace", "/apiKeyRequired", "whatever")).apiKeyRequired).toBe(false);
  });

  it("reports an unknown patch op as ValidationException", async () => {
    const res = await raw(
      "PATCH",
      `/restapis/${apiId}`,
      JSON.stringify({ patchOperations: [{ op: "wrong", path: "/name", value: "x" }] }),
    );
    expect(res.status).toBe(400);
    expect(res.errorType).toBe("ValidationException");
    expect(res.json!.message).toBe(
      "1 validation error detected: Value 'wrong' at 'updateRestApiInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
    );
  });
});

describe("integrations and responses", () => {
  let r = "";
  const put = (input: Partial<PutIntegrationCommandInput>) =>
    sdk.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", type: "HTTP", ...input }));

  beforeAll(async () => {
    r = await resource(rootId, "integrations");
    await sdk.send(new PutMethodCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", authorizationType: "NONE" }));
  });

  it("requires the integration's httpMethod for HTTP and HTTP_PROXY", async () => {
    for (const type of ["HTTP", "HTTP_PROXY"] as const) {
      const e = await expectAwsError(() => put({ type, uri: "http://example.com" }), "BadRequestException", 400);
      expect(e.message).toBe("Enumeration value for HttpMethod must be non-empty");
    }
  });

  it("requires an absolute http(s) URI for HTTP and HTTP_PROXY", async () => {
    for (const uri of [undefined, "example.com/pets", "ftp://example.com/x", "http://", "not a url"]) {
      const e = await expectAwsError(() => put({ type: "HTTP_PROXY", integrationHttpMethod: "GET", uri }), "BadRequestException");
      expect(e.message).toBe("Invalid HTTP endpoint specified for URI");
    }
    // Stage variables may stand for any part, even the host.
    const ok = await put({ type: "HTTP", integrationHttpMethod: "GET", uri: "http://${stageVariables.host}:8080/x" });
    expect(ok.uri).toBe("http://${stageVariables.host}:8080/x");
  });

  it("checks AWS and AWS_PROXY ARNs", async () => {
    const arn = await expectAwsError(() => put({ type: "AWS_PROXY", integrationHttpMethod: "POST", uri: "not-an-arn" }), "BadRequestException");
    expect(arn.message).toBe("Invalid ARN specified in the request");
    const action = await expectAwsError(
      () => put({ type: "AWS", integrationHttpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:lambda:functions/x" }),
      "BadRequestException",
    );
    expect(action.message).toBe("AWS ARN for integration must contain path or action");
    const ok = await put({
      type: "AWS_PROXY",
      integrationHttpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:hello/invocations",
    });
    expect(ok.type).toBe("AWS_PROXY");
  });

  it("keeps timeoutInMillis between 50 and 29000", async () => {
    for (const timeoutInMillis of [49, 29001]) {
      const e = await expectAwsError(() => put({ type: "MOCK", timeoutInMillis }), "BadRequestException");
      expect(e.message).toBe("Timeout should be between 50 ms and 29000 ms");
    }
    expect((await put({ type: "MOCK", timeoutInMillis: 50 })).timeoutInMillis).toBe(50);
  });

  it("reports an unknown integration type as ValidationException", async () => {
    const e = await expectAwsError(() => put({ type: "HTTPS_PROXY" as never }), "ValidationException", 400);
    expect(e.message).toBe(
      "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
    );
  });

  it("needs a method response before an integration response, and refuses duplicate method responses", async () => {
    await put({ type: "MOCK" });
    const missing = await expectAwsError(
      () => sdk.send(new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "200" })),
      "NotFoundException",
    );
    expect(missing.message).toBe("Invalid Response status code specified");

    await sdk.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "200" }));
    const dup = await expectAwsError(
      () => sdk.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "200" })),
      "ConflictException",
      409,
    );
    expect(dup.message).toBe("Response already exists for this resource");

    // Integration responses may be put again (they are replaced).
    await sdk.send(new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "200", selectionPattern: "" }));
    const again = await sdk.send(
      new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "200", selectionPattern: "2\\d{2}" }),
    );
    expect(again.selectionPattern).toBe("2\\d{2}");

    const status = await expectAwsError(
      () => sdk.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: r, httpMethod: "GET", statusCode: "wrong" })),
      "ValidationException",
      400,
    );
    expect(status.message).toBe(
      "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
  });
});

describe("deployments and stages", () => {
  it("refuses to deploy an API without methods, or with a method without integration", async () => {
    const empty = await sdk.send(new CreateRestApiCommand({ name: "empty" }));
    const none = await expectAwsError(() => sdk.send(new CreateDeploymentCommand({ restApiId: empty.id! })), "BadRequestException", 400);
    expect(none.message).toBe("The REST API doesn't contain any methods");

    await sdk.send(new PutMethodCommand({ restApiId: empty.id!, resourceId: empty.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    const noIntegration = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId: empty.id!, stageName: "dev" })),
      "BadRequestException",
      400,
    );
    expect(noIntegration.message).toBe("No integration defined for method");
    const stage = await expectAwsError(() => sdk.send(new GetStageCommand({ restApiId: empty.id!, stageName: "dev" })), "NotFoundException");
    expect(stage.message).toBe("Invalid Stage identifier specified");
  });

  it("validates stage names, duplicate stages, in-use deployments and stage patches", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "stages" }));
    const restApiId = api.id!;
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));

    const badName = await expectAwsError(
      () => sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "my stage!" })),
      "BadRequestException",
      400,
    );
    expect(badName.message).toBe("Stage name only allows a-zA-Z0-9_");

    const deployment = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const stageNameCheck = await expectAwsError(
      () => sdk.send(new CreateStageCommand({ restApiId, stageName: "$default", deploymentId: deployment.id! })),
      "BadRequestException",
    );
    expect(stageNameCheck.message).toBe("Stage name only allows a-zA-Z0-9_");
    // Hyphens are allowed (AWS developer guide: alphanumerics, hyphens and underscores).
    await sdk.send(new CreateStageCommand({ restApiId, stageName: "blue-green_1", deploymentId: deployment.id! }));

    const dup = await expectAwsError(
      () => sdk.send(new CreateStageCommand({ restApiId, stageName: "dev", deploymentId: deployment.id! })),
      "ConflictException",
      409,
    );
    expect(dup.message).toBe("Stage already exists");

    const missingDeployment = await expectAwsError(
      () => sdk.send(new CreateStageCommand({ restApiId, stageName: "qa", deploymentId: "nope00" })),
      "NotFoundException",
    );
    expect(missingDeployment.message).toBe("Invalid Deployment identifier specified");

    const inUse = await expectAwsError(
      () => sdk.send(new DeleteDeploymentCommand({ restApiId, deploymentId: deployment.id! })),
      "BadRequestException",
      400,
    );
    expect(inUse.message).toBe("Active stages pointing to this deployment must be moved or deleted");

    const badPath = await expectAwsError(
      () => sdk.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/tags/tag1", value: "x" }] })),
      "BadRequestException",
    );
    expect(badPath.message).toMatch(/^Invalid method setting path: \/tags\/tag1\. Must be one of: \[\/deploymentId, \/description, /);

    const badDeployment = await expectAwsError(
      () => sdk.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/deploymentId", value: "nope00" }] })),
      "BadRequestException",
    );
    expect(badDeployment.message).toBe("Deployment id does not exist");

    const removeMissing = await expectAwsError(
      () => sdk.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "remove", path: "/*/*" }] })),
      "BadRequestException",
    );
    expect(removeMissing.message).toBe("Cannot remove method setting */* because there is no method setting for this method ");
  });
});

describe("REST API input", () => {
  it("rejects an empty description and an out-of-range compression size", async () => {
    expect((await expectAwsError(() => sdk.send(new CreateRestApiCommand({ name: "x", description: "" })), "BadRequestException")).message).toBe(
      "Description cannot be an empty string",
    );
    expect(
      (await expectAwsError(() => sdk.send(new CreateRestApiCommand({ name: "x", minimumCompressionSize: 10485761 })), "BadRequestException")).message,
    ).toBe("Invalid minimum compression size, must be between 0 and 10485760");
    expect(
      (
        await expectAwsError(
          () => sdk.send(new CreateRestApiCommand({ name: "x", endpointConfiguration: { types: ["EDGE", "REGIONAL"] } })),
          "BadRequestException",
        )
      ).message,
    ).toBe("Cannot create an api with multiple Endpoint Types.");
  });

  it("refuses the bare /binaryMediaTypes patch path", async () => {
    const e = await expectAwsError(
      () => sdk.send(new UpdateRestApiCommand({ restApiId: apiId, patchOperations: [{ op: "add", path: "/binaryMediaTypes", value: "image/gif" }] })),
      "BadRequestException",
    );
    expect(e.message).toBe("Invalid patch path /binaryMediaTypes");
  });

  it("answers malformed JSON with 400 BadRequestException and unknown routes with 404", async () => {
    const bad = await raw("POST", "/restapis", "{not json");
    expect(bad.status).toBe(400);
    expect(bad.errorType).toBe("BadRequestException");
    expect(typeof bad.json!.message).toBe("string");

    const unknown = await raw("GET", `/restapis/${apiId}/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.errorType).toBe("UnknownOperationException");
    expect(typeof unknown.json!.message).toBe("string");

    const wrongVerb = await raw("PUT", "/restapis");
    expect(wrongVerb.status).toBe(404);
    expect(wrongVerb.errorType).toBe("UnknownOperationException");
  });

  it("clones an API with cloneFrom", async () => {
    const source = await sdk.send(new CreateRestApiCommand({ name: "source", binaryMediaTypes: ["image/png"] }));
    const child = await sdk.send(new CreateResourceCommand({ restApiId: source.id!, parentId: source.rootResourceId!, pathPart: "items" }));
    await sdk.send(new PutMethodCommand({ restApiId: source.id!, resourceId: child.id!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId: source.id!, resourceId: child.id!, httpMethod: "GET", type: "MOCK" }));

    const clone = await sdk.send(new CreateRestApiCommand({ name: "clone", cloneFrom: source.id }));
    expect(clone.id).not.toBe(source.id);
    expect(clone.binaryMediaTypes).toEqual(["image/png"]);
    const res = await raw("GET", `/restapis/${clone.id}/resources?embed=methods`);
    const cloned = (res.json!.item as { id: string; path: string; resourceMethods?: Record<string, { methodIntegration?: { cacheNamespace?: string } }> }[]).find(
      (r) => r.path === "/items",
    )!;
    expect(cloned.id).not.toBe(child.id);
    expect(cloned.resourceMethods?.GET?.methodIntegration?.cacheNamespace).toBe(cloned.id);
  });
});
