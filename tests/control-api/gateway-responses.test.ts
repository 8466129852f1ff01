/**
 * Gateway responses through the real SDK: AWS's 21 defaults, Put/Get/Update/Delete with AWS's
 * shapes and messages (as recorded against AWS in LocalStack's snapshot tests), DEFAULT_4XX/5XX
 * showing through their family, put-time validation that stores nothing on bad input, and the
 * customization frozen into deployment snapshots the gateway compiles.
 */
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  DeleteGatewayResponseCommand,
  GetGatewayResponseCommand,
  GetGatewayResponsesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateGatewayResponseCommand,
  type GatewayResponseType,
} from "@aws-sdk/client-api-gateway";
import { beforeAll, describe, expect, it } from "vitest";
import { compileDeployment } from "@/gateway/deployments/compiled-stage";
import { client, deploymentSnapshot, expectAwsError, raw } from "./helpers";

const sdk = client();
const DEFAULT_TEMPLATES = { "application/json": '{"message":$context.error.messageString}' };
const AWS_ORDER = [
  "REQUEST_TOO_LARGE",
  "RESOURCE_NOT_FOUND",
  "AUTHORIZER_CONFIGURATION_ERROR",
  "MISSING_AUTHENTICATION_TOKEN",
  "BAD_REQUEST_BODY",
  "INVALID_SIGNATURE",
  "INVALID_API_KEY",
  "BAD_REQUEST_PARAMETERS",
  "AUTHORIZER_FAILURE",
  "UNAUTHORIZED",
  "INTEGRATION_TIMEOUT",
  "ACCESS_DENIED",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "WAF_FILTERED",
  "QUOTA_EXCEEDED",
  "THROTTLED",
  "API_CONFIGURATION_ERROR",
  "UNSUPPORTED_MEDIA_TYPE",
  "INTEGRATION_FAILURE",
  "EXPIRED_TOKEN",
];
const DEFAULT_STATUS: Record<string, string | undefined> = {
  REQUEST_TOO_LARGE: "413",
  RESOURCE_NOT_FOUND: "404",
  AUTHORIZER_CONFIGURATION_ERROR: "500",
  MISSING_AUTHENTICATION_TOKEN: "403",
  BAD_REQUEST_BODY: "400",
  INVALID_SIGNATURE: "403",
  INVALID_API_KEY: "403",
  BAD_REQUEST_PARAMETERS: "400",
  AUTHORIZER_FAILURE: "500",
  UNAUTHORIZED: "401",
  INTEGRATION_TIMEOUT: "504",
  ACCESS_DENIED: "403",
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  WAF_FILTERED: "403",
  QUOTA_EXCEEDED: "429",
  THROTTLED: "429",
  API_CONFIGURATION_ERROR: "500",
  UNSUPPORTED_MEDIA_TYPE: "415",
  INTEGRATION_FAILURE: "504",
  EXPIRED_TOKEN: "403",
};
const NOT_FOUND_TEMPLATE =
  '{\n     "message": $context.error.messageString,\n     "type":  "$context.error.responseType",\n     "stage":  "$context.stage",\n     "resourcePath":  "$context.resourcePath",\n     "stageVariables.a":  "$stageVariables.a",\n     "statusCode": "\'404\'"\n}';
const PARAMS = {
  "gatewayresponse.header.x-request-path": "method.request.path.petId",
  "gatewayresponse.header.Access-Control-Allow-Origin": "'a.b.c'",
  "gatewayresponse.header.x-request-query": "method.request.querystring.q",
  "gatewayresponse.header.x-request-header": "method.request.header.Accept",
};

async function newApi(name: string): Promise<string> {
  return (await sdk.send(new CreateRestApiCommand({ name }))).id!;
}

const get = (restApiId: string, responseType: string) =>
  sdk.send(new GetGatewayResponseCommand({ restApiId, responseType: responseType as GatewayResponseType }));

describe("gateway response defaults", () => {
  it("lists all 21 types in AWS's order with AWS's default status, template and parameters", async () => {
    const restApiId = await newApi("gr-defaults");
    const { items, position } = await sdk.send(new GetGatewayResponsesCommand({ restApiId }));
    expect(position).toBeUndefined();
    expect(items!.map((i) => i.responseType)).toEqual(AWS_ORDER);
    for (const item of items!) {
      expect(item).toEqual({
        responseType: item.responseType,
        ...(DEFAULT_STATUS[item.responseType!] ? { statusCode: DEFAULT_STATUS[item.responseType!] } : {}),
        responseParameters: {},
        responseTemplates: DEFAULT_TEMPLATES,
        defaultResponse: true,
      });
    }
    // The wire shape: {"item": [...]}, as the SDK's GatewayResponses shape reads it.
    const wire = await raw("GET", `/restapis/${restApiId}/gatewayresponses`);
    expect((wire.json!.item as unknown[]).length).toBe(21);

    expect(await get(restApiId, "MISSING_AUTHENTICATION_TOKEN")).toMatchObject({
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "403",
      defaultResponse: true,
    });
    expect((await get(restApiId, "DEFAULT_5XX")).statusCode).toBeUndefined();
  });

  it("answers an unknown type with AWS's ValidationException and an unknown API with 404", async () => {
    const restApiId = await newApi("gr-unknown");
    const e = await expectAwsError(() => get(restApiId, "FAKE_RESPONSE_TYPE"), "ValidationException", 400);
    expect(e.message).toBe(
      `1 validation error detected: Value 'FAKE_RESPONSE_TYPE' at 'responseType' failed to satisfy constraint: Member must satisfy enum value set: [${AWS_ORDER.join(", ")}]`,
    );
    await expectAwsError(
      () => sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "FAKE_RESPONSE_TYPE" as GatewayResponseType, statusCode: "404" })),
      "ValidationException",
    );
    const noApi = await expectAwsError(() => sdk.send(new GetGatewayResponsesCommand({ restApiId: "nope000000" })), "NotFoundException", 404);
    expect(noApi.message).toMatch(/^Invalid API identifier specified \d+:nope000000$/);
    await expectAwsError(() => get("nope000000", "DEFAULT_4XX"), "NotFoundException");
  });
});

describe("PutGatewayResponse / GetGatewayResponse / DeleteGatewayResponse", () => {
  let restApiId = "";
  beforeAll(async () => {
    restApiId = await newApi("gr-crud");
  });

  it("puts a customization (201) and gets it back with defaultResponse false", async () => {
    const put = await raw(
      "PUT",
      `/restapis/${restApiId}/gatewayresponses/MISSING_AUTHENTICATION_TOKEN`,
      JSON.stringify({ statusCode: "404", responseParameters: PARAMS, responseTemplates: { "application/json": NOT_FOUND_TEMPLATE } }),
    );
    expect(put.status).toBe(201);
    const expected = {
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "404",
      responseParameters: PARAMS,
      responseTemplates: { "application/json": NOT_FOUND_TEMPLATE },
      defaultResponse: false,
    };
    expect(put.json).toEqual(expected);
    expect(await get(restApiId, "MISSING_AUTHENTICATION_TOKEN")).toMatchObject(expected);
    const listed = (await sdk.send(new GetGatewayResponsesCommand({ restApiId }))).items!;
    expect(listed.find((i) => i.responseType === "MISSING_AUTHENTICATION_TOKEN")).toMatchObject(expected);
    expect(listed.filter((i) => i.defaultResponse === false)).toHaveLength(1);
  });

  it("fills what a put leaves out from the type's defaults", async () => {
    const statusOnly = await sdk.send(
      new PutGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" }),
    );
    expect(statusOnly).toMatchObject({ statusCode: "404", responseParameters: {}, responseTemplates: DEFAULT_TEMPLATES, defaultResponse: false });

    const paramsOnly = await sdk.send(
      new PutGatewayResponseCommand({
        restApiId,
        responseType: "MISSING_AUTHENTICATION_TOKEN",
        responseParameters: { "gatewayresponse.header.x-request-header": "method.request.header.Accept" },
      }),
    );
    expect(paramsOnly).toMatchObject({ statusCode: "403", responseTemplates: DEFAULT_TEMPLATES, defaultResponse: false });

    const templatesOnly = await sdk.send(
      new PutGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", responseTemplates: { "application/json": "{}" } }),
    );
    expect(templatesOnly).toMatchObject({ statusCode: "403", responseParameters: {}, responseTemplates: { "application/json": "{}" } });
  });

  it("shows a customized DEFAULT_5XX through every 5xx type that is not customized itself", async () => {
    const api = await newApi("gr-family");
    await sdk.send(
      new PutGatewayResponseCommand({
        restApiId: api,
        responseType: "DEFAULT_5XX",
        statusCode: "599",
        responseParameters: { "gatewayresponse.header.x-request-header": "method.request.header.Accept" },
        responseTemplates: { "application/json": NOT_FOUND_TEMPLATE },
      }),
    );
    const own = await sdk.send(
      new PutGatewayResponseCommand({ restApiId: api, responseType: "AUTHORIZER_FAILURE", responseParameters: { "gatewayresponse.header.foo": "'bar'" } }),
    );
    expect(own).toMatchObject({ statusCode: "500", responseTemplates: DEFAULT_TEMPLATES, defaultResponse: false });

    const items = new Map((await sdk.send(new GetGatewayResponsesCommand({ restApiId: api }))).items!.map((i) => [i.responseType, i]));
    for (const t of ["API_CONFIGURATION_ERROR", "AUTHORIZER_CONFIGURATION_ERROR", "INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT"]) {
      expect(items.get(t as GatewayResponseType)).toEqual({
        responseType: t,
        statusCode: "599",
        responseParameters: { "gatewayresponse.header.x-request-header": "method.request.header.Accept" },
        responseTemplates: { "application/json": NOT_FOUND_TEMPLATE },
        defaultResponse: true,
      });
    }
    expect(items.get("AUTHORIZER_FAILURE")).toMatchObject({ statusCode: "500", defaultResponse: false });
    expect(items.get("DEFAULT_5XX")).toMatchObject({ statusCode: "599", defaultResponse: false });
    expect(items.get("THROTTLED")).toMatchObject({ statusCode: "429", responseParameters: {}, defaultResponse: true });
    expect(items.get("DEFAULT_4XX")!.statusCode).toBeUndefined();
  });

  it("deletes a customization (202), resetting the default, and 404s when there is none", async () => {
    const del = await raw("DELETE", `/restapis/${restApiId}/gatewayresponses/MISSING_AUTHENTICATION_TOKEN`);
    expect(del.status).toBe(202);
    expect(await get(restApiId, "MISSING_AUTHENTICATION_TOKEN")).toMatchObject({ statusCode: "403", responseTemplates: DEFAULT_TEMPLATES, defaultResponse: true });
    const again = await expectAwsError(
      () => sdk.send(new DeleteGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" })),
      "NotFoundException",
      404,
    );
    expect(again.message).toBe("Gateway response type not defined on api");
  });
});

describe("UpdateGatewayResponse", () => {
  it("starts an uncustomized type from its default and applies AWS's patch paths", async () => {
    const restApiId = await newApi("gr-update");
    const first = await sdk.send(
      new UpdateGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", patchOperations: [{ op: "replace", path: "/statusCode", value: "444" }] }),
    );
    expect(first).toEqual({
      responseType: "DEFAULT_4XX",
      statusCode: "444",
      responseParameters: {},
      responseTemplates: DEFAULT_TEMPLATES,
      defaultResponse: false,
      $metadata: expect.anything(),
    });

    await sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", statusCode: "404", responseParameters: PARAMS }));
    const updated = await sdk.send(
      new UpdateGatewayResponseCommand({
        restApiId,
        responseType: "DEFAULT_4XX",
        patchOperations: [
          { op: "replace", path: "/statusCode", value: "444" },
          { op: "replace", path: "/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin", value: "'example.com'" },
          { op: "remove", path: "/responseParameters/gatewayresponse.header.x-request-query" },
          {
            op: "add",
            path: "/responseTemplates/application~1xml",
            value: "<gatewayResponse><message>$context.error.messageString</message></gatewayResponse>",
          },
        ],
      }),
    );
    expect(updated.statusCode).toBe("444");
    expect(updated.responseParameters).toEqual({
      "gatewayresponse.header.x-request-path": "method.request.path.petId",
      "gatewayresponse.header.Access-Control-Allow-Origin": "'example.com'",
      "gatewayresponse.header.x-request-header": "method.request.header.Accept",
    });
    expect(updated.responseTemplates).toEqual({
      ...DEFAULT_TEMPLATES,
      "application/xml": "<gatewayResponse><message>$context.error.messageString</message></gatewayResponse>",
    });
    expect(await get(restApiId, "DEFAULT_4XX")).toMatchObject({ statusCode: "444", responseTemplates: updated.responseTemplates });
  });

  it("answers bad patches with AWS's messages and changes nothing", async () => {
    const restApiId = await newApi("gr-update-errors");
    await sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", statusCode: "404", responseParameters: PARAMS }));
    const before = await get(restApiId, "DEFAULT_4XX");
    const patch = (patchOperations: { op: string; path?: string; value?: string }[]) =>
      sdk.send(
        new UpdateGatewayResponseCommand({
          restApiId,
          responseType: "DEFAULT_4XX",
          patchOperations: patchOperations as { op: "add"; path: string; value?: string }[],
        }),
      );
    const cases: [Parameters<typeof patch>[0], string, string][] = [
      [[{ op: "add", path: "/statusCode", value: "444" }], "BadRequestException", "Invalid patch path /statusCode"],
      [[{ op: "remove", path: "/statusCode" }], "BadRequestException", "Invalid patch path /statusCode"],
      [[{ op: "add", value: "'example.com'" }], "BadRequestException", "Invalid patch path null"],
      [[{ op: "add", path: "/wrongPath", value: "'example.com'" }], "BadRequestException", "Invalid patch path /wrongPath"],
      [
        [{ op: "wrong-op", path: "/statusCode", value: "x" }],
        "ValidationException",
        "1 validation error detected: Value 'wrong-op' at 'updateGatewayResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
      ],
      [[{ op: "replace", path: "/responseTemplates/application~1json" }], "BadRequestException", "Invalid null or empty value in responseTemplates"],
      [
        [{ op: "replace", path: "/responseParameters/gatewayresponse.header.Access-Control-Allow-Origin" }],
        "BadRequestException",
        "Invalid null or empty value in responseParameters",
      ],
      [
        [{ op: "replace", path: "/responseParameters/gatewayresponse.header.nope", value: "'x'" }],
        "NotFoundException",
        "Invalid parameter name specified",
      ],
      [
        // A valid first op does not survive a bad second one.
        [
          { op: "replace", path: "/statusCode", value: "418" },
          { op: "add", path: "/responseParameters/gatewayresponse.header.x", value: "test-value" },
        ],
        "BadRequestException",
        "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: test-value]",
      ],
      [
        [{ op: "add", path: "/responseTemplates/application~1json", value: "#if($context.error.message" }],
        "BadRequestException",
        "",
      ],
    ];
    for (const [ops, type, message] of cases) {
      const e = await expectAwsError(() => patch(ops), type);
      if (message) expect(e.message).toBe(message);
      else expect(e.message).toMatch(/^Invalid mapping template for application\/json in gateway response: .*line 1/);
    }
    const after = await get(restApiId, "DEFAULT_4XX");
    expect({ ...after, $metadata: undefined }).toEqual({ ...before, $metadata: undefined });
  });
});

describe("put-time validation of gateway responses", () => {
  it("refuses bad status codes, header targets, sources and templates, storing nothing", async () => {
    const restApiId = await newApi("gr-validation");
    const put = (input: { statusCode?: string; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string> }) =>
      sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "THROTTLED", ...input }));

    const status = await expectAwsError(() => put({ statusCode: "99" }), "ValidationException", 400);
    expect(status.message).toBe(
      "1 validation error detected: Value '99' at 'putGatewayResponseInput.statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
    const target = await expectAwsError(() => put({ responseParameters: { "method.response.header.X": "'x'" } }), "BadRequestException");
    expect(target.message).toBe(
      "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: method.response.header.X]",
    );
    const literal = await expectAwsError(() => put({ responseParameters: { "gatewayresponse.header.X": "test-value" } }), "BadRequestException");
    expect(literal.message).toBe(
      "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: test-value]",
    );
    const quoted = await expectAwsError(() => put({ responseParameters: { "gatewayresponse.header.X": '"*"' } }), "BadRequestException");
    expect(quoted.message).toBe('Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: "*"]');
    const integration = await expectAwsError(
      () => put({ responseParameters: { "gatewayresponse.header.X": "integration.response.header.X" } }),
      "BadRequestException",
    );
    expect(integration.message).toMatch(/Invalid mapping expression specified: integration\.response\.header\.X\]$/);
    const template = await expectAwsError(
      () => put({ responseTemplates: { "application/json": '{\n  "a": "ok",\n  #foreach($x in $list)\n}' } }),
      "BadRequestException",
    );
    expect(template.message).toMatch(/^Invalid mapping template for application\/json in gateway response: .*\(line \d+/);
    const contentType = await expectAwsError(() => put({ responseTemplates: { "123": "{}" } }), "BadRequestException");
    expect(contentType.message).toBe("Validation Result: warnings : [], errors : [Invalid content type specified: 123]");

    expect(await get(restApiId, "THROTTLED")).toMatchObject({ statusCode: "429", responseParameters: {}, defaultResponse: true });

    // Every source AWS allows in a gateway response is accepted.
    const ok = await put({
      responseParameters: {
        "gatewayresponse.header.A": "method.request.header.Origin",
        "gatewayresponse.header.B": "method.request.querystring.q",
        "gatewayresponse.header.C": "method.request.path.id",
        "gatewayresponse.header.D": "stageVariables.origin",
        "gatewayresponse.header.E": "context.requestId",
        "gatewayresponse.header.F": "'literal, with comma'",
      },
    });
    expect(ok.defaultResponse).toBe(false);
  });
});

describe("gateway responses in deployments", () => {
  it("freezes customized types into the snapshot the gateway compiles, and clones them with cloneFrom", async () => {
    const api = await sdk.send(new CreateRestApiCommand({ name: "gr-deploy" }));
    const restApiId = api.id!;
    await sdk.send(new PutMethodCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", authorizationType: "NONE" }));
    await sdk.send(new PutIntegrationCommand({ restApiId, resourceId: api.rootResourceId!, httpMethod: "GET", type: "MOCK" }));
    await sdk.send(
      new PutGatewayResponseCommand({
        restApiId,
        responseType: "DEFAULT_4XX",
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
        responseTemplates: { "application/json": '{"error":$context.error.messageString}' },
      }),
    );
    await sdk.send(new PutGatewayResponseCommand({ restApiId, responseType: "THROTTLED", statusCode: "503" }));
    const d1 = await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));

    const snapshot = deploymentSnapshot(d1.id!);
    expect(snapshot.gatewayResponses).toEqual({
      DEFAULT_4XX: {
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
        responseTemplates: { "application/json": '{"error":$context.error.messageString}' },
      },
      THROTTLED: { statusCode: "503", responseParameters: {}, responseTemplates: DEFAULT_TEMPLATES },
    });
    const compiled = compileDeployment(snapshot as never);
    expect(compiled.problems).toEqual([]);
    expect(compiled.gatewayResponses.get("THROTTLED")!.statusCode).toBe(503);
    expect(compiled.gatewayResponses.get("DEFAULT_4XX")!.mappings).toHaveLength(1);

    // Later edits do not reach the frozen snapshot.
    await sdk.send(new DeleteGatewayResponseCommand({ restApiId, responseType: "THROTTLED" }));
    expect(deploymentSnapshot(d1.id!).gatewayResponses.THROTTLED).toBeDefined();
    const d2 = await sdk.send(new CreateDeploymentCommand({ restApiId }));
    expect(Object.keys(deploymentSnapshot(d2.id!).gatewayResponses)).toEqual(["DEFAULT_4XX"]);

    const clone = await sdk.send(new CreateRestApiCommand({ name: "gr-clone", cloneFrom: restApiId }));
    expect(await get(clone.id!, "DEFAULT_4XX")).toMatchObject({
      defaultResponse: false,
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
    });
  });
});
