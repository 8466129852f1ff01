/**
 * Put-time validation of integrations, integration responses and methods, through the real SDK:
 * parameter mappings (AWS's "Invalid mapping expression specified: ..." messages, sources and
 * targets that must be declared by the method and method response), templates that must parse
 * (the error names the line), selection patterns, enums and limits. Every refused request leaves
 * what was stored before untouched. Also UpdateRestApi's binaryMediaTypes patches.
 */
import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetIntegrationCommand,
  GetIntegrationResponseCommand,
  GetMethodCommand,
  GetRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateRestApiCommand,
  type PutIntegrationCommandInput,
  type PutIntegrationResponseCommandInput,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { client, deploymentSnapshot, expectAwsError, raw } from "./helpers";

const sdk = client();
let restApiId = "";
let rootId = "";
let petId = "";

const long = (inner: string) => `Invalid mapping expression specified: Validation Result: warnings : [], errors : [${inner}]`;
const strip = <T extends { $metadata?: unknown }>(o: T) => ({ ...o, $metadata: undefined });

beforeAll(async () => {
  const api = await sdk.send(new CreateRestApiCommand({ name: "mapping-validation" }));
  restApiId = api.id!;
  rootId = api.rootResourceId!;
  const pets = await sdk.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: "pets" }));
  petId = (await sdk.send(new CreateResourceCommand({ restApiId, parentId: pets.id!, pathPart: "{petId}" }))).id!;
  await sdk.send(
    new PutMethodCommand({
      restApiId,
      resourceId: petId,
      httpMethod: "GET",
      authorizationType: "NONE",
      requestParameters: { "method.request.path.petId": true, "method.request.header.X-Trace": false, "method.request.querystring.expand": false },
    }),
  );
});

describe("PutIntegration / UpdateIntegration", () => {
  const base = (): PutIntegrationCommandInput => ({
    restApiId,
    resourceId: petId,
    httpMethod: "GET",
    type: "HTTP",
    integrationHttpMethod: "GET",
    uri: "http://backend.internal/pets/{id}",
  });

  it("accepts mappings from declared parameters, body, context, stage variables and literals", async () => {
    const integration = await sdk.send(
      new PutIntegrationCommand({
        ...base(),
        requestParameters: {
          "integration.request.path.id": "method.request.path.petId",
          "integration.request.header.x-trace": "method.request.header.x-trace",
          "integration.request.querystring.expand": "method.request.multivaluequerystring.expand",
          "integration.request.header.x-request": "context.requestId",
          "integration.request.header.x-env": "stageVariables.env",
          "integration.request.header.x-fixed": "'v1'",
          "integration.request.header.x-name": "method.request.body.name",
        },
        requestTemplates: { "application/json": '#set($id = $input.params("petId"))\n{"id": "$id"}' },
        passthroughBehavior: "WHEN_NO_TEMPLATES",
        contentHandling: "CONVERT_TO_TEXT",
        timeoutInMillis: 50,
      }),
    );
    expect(integration).toMatchObject({ passthroughBehavior: "WHEN_NO_TEMPLATES", contentHandling: "CONVERT_TO_TEXT", timeoutInMillis: 50 });
  });

  it("refuses bad mappings, templates, enums and timeouts with AWS's messages, storing nothing", async () => {
    const stored = strip(await sdk.send(new GetIntegrationCommand({ restApiId, resourceId: petId, httpMethod: "GET" })));
    const cases: [Partial<PutIntegrationCommandInput>, string, string | RegExp][] = [
      [
        { requestParameters: { "integration.request.path.id": "method.request.path.id" } },
        "BadRequestException",
        long("Invalid mapping expression parameter specified: method.request.path.id"),
      ],
      [
        { requestParameters: { "integration.request.header.a": "method.request.querystring.undeclared" } },
        "BadRequestException",
        long("Invalid mapping expression parameter specified: method.request.querystring.undeclared"),
      ],
      [{ requestParameters: { "integration.request.header.a": '"*"' } }, "BadRequestException", long('Invalid mapping expression specified: "*"')],
      [{ requestParameters: { "integration.request.body.a": "'x'" } }, "BadRequestException", long("Invalid mapping expression specified: integration.request.body.a")],
      [
        { requestParameters: { "integration.request.header.a": "integration.response.header.b" } },
        "BadRequestException",
        long("Invalid mapping expression specified: integration.response.header.b"),
      ],
      [{ requestTemplates: { "application/json": '{\n  "a": 1,\n  #if($input.body\n}' } }, "BadRequestException", /^Invalid mapping template for application\/json in integration request: .*\(line \d+/],
      [{ requestTemplates: { "123": "{}" } }, "BadRequestException", "Validation Result: warnings : [], errors : [Invalid content type specified: 123]"],
      [{ requestTemplates: { "application/json": "x".repeat(300 * 1024 + 1) } }, "BadRequestException", /limited to 300 KB/],
      [{ timeoutInMillis: 49 }, "BadRequestException", "Timeout should be between 50 ms and 29000 ms"],
      [{ timeoutInMillis: 29001 }, "BadRequestException", "Timeout should be between 50 ms and 29000 ms"],
      [{ passthroughBehavior: "SOMETIMES" }, "BadRequestException", /^Invalid passthrough behavior specified: SOMETIMES/],
      [
        { contentHandling: "CONVERT_TO_JSON" as never },
        "ValidationException",
        "1 validation error detected: Value 'CONVERT_TO_JSON' at 'putIntegrationInput.contentHandling' failed to satisfy constraint: Member must satisfy enum value set: [CONVERT_TO_BINARY, CONVERT_TO_TEXT]",
      ],
    ];
    for (const [input, type, message] of cases) {
      const e = await expectAwsError(() => sdk.send(new PutIntegrationCommand({ ...base(), ...input })), type, 400);
      if (typeof message === "string") expect(e.message).toBe(message);
      else expect(e.message).toMatch(message);
    }
    expect(strip(await sdk.send(new GetIntegrationCommand({ restApiId, resourceId: petId, httpMethod: "GET" })))).toEqual(stored);
  });

  it("validates UpdateIntegration patches the same way, applying none of a batch that fails", async () => {
    const stored = strip(await sdk.send(new GetIntegrationCommand({ restApiId, resourceId: petId, httpMethod: "GET" })));
    const patch = (patchOperations: { op: "add" | "replace" | "remove"; path: string; value?: string }[]) =>
      sdk.send(new UpdateIntegrationCommand({ restApiId, resourceId: petId, httpMethod: "GET", patchOperations }));
    const bad: [Parameters<typeof patch>[0], string | RegExp][] = [
      [
        [
          { op: "replace", path: "/timeoutInMillis", value: "1000" },
          { op: "add", path: "/requestTemplates/application~1xml", value: "#foreach($a in" },
        ],
        /^Invalid mapping template for application\/xml in integration request: .*line 1/,
      ],
      [[{ op: "add", path: "/requestParameters/integration.request.header.b", value: "method.request.header.Nope" }], long("Invalid mapping expression parameter specified: method.request.header.Nope")],
      [[{ op: "replace", path: "/timeoutInMillis", value: "30000" }], "Timeout should be between 50 ms and 29000 ms"],
      [[{ op: "replace", path: "/passthroughBehavior", value: "ALWAYS" }], /^Invalid passthrough behavior specified: ALWAYS/],
      [[{ op: "replace", path: "/contentHandling", value: "CONVERT_TO_JSON" }], /^Invalid content handling specified: CONVERT_TO_JSON/],
    ];
    for (const [ops, message] of bad) {
      const e = await expectAwsError(() => patch(ops), "BadRequestException", 400);
      if (typeof message === "string") expect(e.message).toBe(message);
      else expect(e.message).toMatch(message);
    }
    expect(strip(await sdk.send(new GetIntegrationCommand({ restApiId, resourceId: petId, httpMethod: "GET" })))).toEqual(stored);

    const ok = await patch([
      { op: "add", path: "/requestTemplates/application~1xml", value: "<id>$input.params('petId')</id>" },
      { op: "replace", path: "/timeoutInMillis", value: "29000" },
    ]);
    expect(ok.requestTemplates?.["application/xml"]).toBe("<id>$input.params('petId')</id>");
    expect(ok.timeoutInMillis).toBe(29000);
  });
});

describe("PutIntegrationResponse / UpdateIntegrationResponse", () => {
  beforeAll(async () => {
    await sdk.send(
      new PutMethodResponseCommand({
        restApiId,
        resourceId: petId,
        httpMethod: "GET",
        statusCode: "200",
        responseParameters: { "method.response.header.X-Count": false },
      }),
    );
    await sdk.send(new PutMethodResponseCommand({ restApiId, resourceId: petId, httpMethod: "GET", statusCode: "404" }));
  });

  const base = (): PutIntegrationResponseCommandInput => ({ restApiId, resourceId: petId, httpMethod: "GET", statusCode: "200" });

  it("accepts declared headers from response headers, body paths, stage variables and literals", async () => {
    const r = await sdk.send(
      new PutIntegrationResponseCommand({
        ...base(),
        selectionPattern: "2\\d{2}",
        responseParameters: { "method.response.header.X-Count": "integration.response.body.count" },
        responseTemplates: { "application/json": "#set($b = $input.path('$'))\n$input.json('$.items')" },
        contentHandling: "CONVERT_TO_TEXT",
      }),
    );
    expect(r.selectionPattern).toBe("2\\d{2}");
    await sdk.send(
      new PutIntegrationResponseCommand({
        ...base(),
        statusCode: "404",
        selectionPattern: "404",
        responseTemplates: { "application/json": '{"message": "no such pet"}' },
      }),
    );
  });

  it("refuses undeclared targets, bad sources, patterns, templates and enums, storing nothing", async () => {
    const stored = strip(await sdk.send(new GetIntegrationResponseCommand(base())));
    const cases: [Partial<PutIntegrationResponseCommandInput>, string, string | RegExp][] = [
      [
        { responseParameters: { "method.response.header.X-Undeclared": "'1'" } },
        "BadRequestException",
        long("Invalid mapping expression parameter specified: method.response.header.X-Undeclared"),
      ],
      [
        { responseParameters: { "method.response.header.X-Count": "integration.response.nope" } },
        "BadRequestException",
        long("Invalid mapping expression specified: integration.response.nope"),
      ],
      [
        { responseParameters: { "integration.response.header.X-Count": "'1'" } },
        "BadRequestException",
        long("Invalid mapping expression specified: integration.response.header.X-Count"),
      ],
      [{ selectionPattern: "([a-z" }, "BadRequestException", /^Invalid selection pattern specified: \(\[a-z/],
      [{ responseTemplates: { "application/json": "#end" } }, "BadRequestException", /^Invalid mapping template for application\/json in integration response 200: .*line 1/],
      [
        { contentHandling: "CONVERT_TO_JSON" as never },
        "ValidationException",
        "1 validation error detected: Value 'CONVERT_TO_JSON' at 'putIntegrationResponseInput.contentHandling' failed to satisfy constraint: Member must satisfy enum value set: [CONVERT_TO_BINARY, CONVERT_TO_TEXT]",
      ],
    ];
    for (const [input, type, message] of cases) {
      const e = await expectAwsError(() => sdk.send(new PutIntegrationResponseCommand({ ...base(), ...input })), type, 400);
      if (typeof message === "string") expect(e.message).toBe(message);
      else expect(e.message).toMatch(message);
    }
    expect(strip(await sdk.send(new GetIntegrationResponseCommand(base())))).toEqual(stored);

    const patch = (patchOperations: { op: "add" | "replace" | "remove"; path: string; value?: string }[]) =>
      sdk.send(new UpdateIntegrationResponseCommand({ ...base(), patchOperations }));
    await expectAwsError(() => patch([{ op: "replace", path: "/selectionPattern", value: "*bad" }]), "BadRequestException");
    await expectAwsError(
      () =>
        patch([
          { op: "replace", path: "/selectionPattern", value: "200" },
          { op: "add", path: "/responseTemplates/text~1html", value: "#if(" },
        ]),
      "BadRequestException",
    );
    const undeclared = await expectAwsError(
      () => patch([{ op: "add", path: "/responseParameters/method.response.header.Other", value: "'x'" }]),
      "BadRequestException",
    );
    expect(undeclared.message).toBe(long("Invalid mapping expression parameter specified: method.response.header.Other"));
    expect(strip(await sdk.send(new GetIntegrationResponseCommand(base())))).toEqual(stored);
  });

  it("deploys what passed validation without compile problems", async () => {
    const deployment = await sdk.send(new CreateDeploymentCommand({ restApiId }));
    const snapshot = deploymentSnapshot(deployment.id!);
    const { compileDeployment } = await import("@/gateway/deployments/compiled-stage");
    expect(compileDeployment(snapshot as never).problems).toEqual([]);
  });
});

describe("PutMethod / UpdateMethod request parameters", () => {
  it("takes method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name} keys only", async () => {
    const ok = await sdk.send(
      new PutMethodCommand({
        restApiId,
        resourceId: petId,
        httpMethod: "POST",
        authorizationType: "NONE",
        requestParameters: {
          "method.request.path.petId": true,
          "method.request.querystring.a": false,
          "method.request.multivaluequerystring.b": false,
          "method.request.header.C": false,
          "method.request.multivalueheader.D": false,
        },
      }),
    );
    expect(Object.keys(ok.requestParameters!)).toHaveLength(5);

    for (const key of ["method.request.body.name", "method.request.querystring", "method.request.cookie.a", "true"]) {
      const e = await expectAwsError(
        () =>
          sdk.send(
            new PutMethodCommand({ restApiId, resourceId: petId, httpMethod: "PUT", authorizationType: "NONE", requestParameters: { [key]: true } }),
          ),
        "BadRequestException",
      );
      expect(e.message).toBe(long(`Invalid mapping expression specified: ${key}`));
    }
    const same = await expectAwsError(
      () =>
        sdk.send(
          new PutMethodCommand({
            restApiId,
            resourceId: petId,
            httpMethod: "PUT",
            authorizationType: "NONE",
            requestParameters: { "method.request.querystring.optional": false, "method.request.header.optional": false },
          }),
        ),
      "BadRequestException",
    );
    expect(same.message).toBe("Parameter names must be unique across querystring, header and path");
    await expectAwsError(() => sdk.send(new GetMethodCommand({ restApiId, resourceId: petId, httpMethod: "PUT" })), "NotFoundException");

    await expectAwsError(
      () =>
        sdk.send(
          new UpdateMethodCommand({
            restApiId,
            resourceId: petId,
            httpMethod: "POST",
            patchOperations: [{ op: "add", path: "/requestParameters/method.request.form.x", value: "true" }],
          }),
        ),
      "BadRequestException",
    );
    expect(Object.keys((await sdk.send(new GetMethodCommand({ restApiId, resourceId: petId, httpMethod: "POST" }))).requestParameters!)).toHaveLength(5);
  });
});

describe("UpdateRestApi binaryMediaTypes", () => {
  it("adds, replaces and removes types with '/' escaped as ~1, and deploys them", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "binary" }));
    const id = api.id!;
    const patch = (patchOperations: { op: "add" | "replace" | "remove"; path: string; value?: string }[]) =>
      sdk.send(new UpdateRestApiCommand({ restApiId: id, patchOperations }));
    expect(
      (
        await patch([
          { op: "add", path: "/binaryMediaTypes/image~1png" },
          { op: "add", path: "/binaryMediaTypes/application~1octet-stream" },
          { op: "add", path: "/binaryMediaTypes/*~1*" },
        ])
      ).binaryMediaTypes,
    ).toEqual(["image/png", "application/octet-stream", "*/*"]);
    expect((await patch([{ op: "replace", path: "/binaryMediaTypes/image~1png", value: "image/gif" }])).binaryMediaTypes).toEqual([
      "application/octet-stream",
      "*/*",
      "image/gif",
    ]);
    expect((await patch([{ op: "remove", path: "/binaryMediaTypes/*~1*" }])).binaryMediaTypes).toEqual(["application/octet-stream", "image/gif"]);
    expect((await sdk.send(new GetRestApiCommand({ restApiId: id }))).binaryMediaTypes).toEqual(["application/octet-stream", "image/gif"]);
    // The raw wire shape too.
    expect((await raw("GET", `/restapis/${id}`)).json!.binaryMediaTypes).toEqual(["application/octet-stream", "image/gif"]);

    await sdk.send(new PutMethodCommand({ restApiId: id, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId: id, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
    const d = await sdk.send(new CreateDeploymentCommand({ restApiId: id }));
    expect(deploymentSnapshot(d.id!).api.binaryMediaTypes).toEqual(["application/octet-stream", "image/gif"]);
  });
});
