import { describe, expect, it } from "vitest";
import type { ApiSnapshot, SnapshotMethod } from "@/gateway/model/snapshot";
import { diffSnapshots, diffValues } from "./diff-snapshots";

function method(overrides: Partial<SnapshotMethod> = {}): SnapshotMethod {
  return {
    httpMethod: "GET",
    authorizationType: "NONE",
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: { "200": { statusCode: "200" } },
    integration: {
      type: "HTTP",
      httpMethod: "GET",
      uri: "http://backend/pets",
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      requestTemplates: { "application/json": '{\n  "id": "$input.params(\'id\')"\n}' },
      integrationResponses: { "200": { statusCode: "200", responseTemplates: { "application/json": "$input.body" } } },
    },
    ...overrides,
  };
}

function snapshot(overrides: Partial<ApiSnapshot> = {}): ApiSnapshot {
  return {
    version: 1,
    api: { id: "a1b2c3d4e5", name: "pets", binaryMediaTypes: [], apiKeySource: "HEADER", disableExecuteApiEndpoint: false },
    resources: [
      { id: "root00", path: "/", methods: {} },
      { id: "pets01", parentId: "root00", pathPart: "pets", path: "/pets", methods: { GET: method() } },
    ],
    models: { Empty: { name: "Empty", contentType: "application/json", schema: '{"type":"object"}' } },
    gatewayResponses: {},
    ...overrides,
  };
}

describe("diffSnapshots", () => {
  it("finds nothing between equal snapshots", () => {
    const d = diffSnapshots(snapshot(), snapshot());
    expect(d.identical).toBe(true);
    expect(d.methods).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reports resources and methods added and removed by path and verb", () => {
    const before = snapshot();
    const after = snapshot();
    after.resources = [
      before.resources[0],
      { ...before.resources[1], methods: { POST: method({ httpMethod: "POST" }) } },
      { id: "pet002", parentId: "pets01", pathPart: "{id}", path: "/pets/{id}", methods: { GET: method() } },
    ];
    const d = diffSnapshots(before, after);
    expect(d.identical).toBe(false);
    expect(d.resources).toEqual({ added: [{ path: "/pets/{id}", id: "pet002" }], removed: [] });
    expect(d.methods.added).toEqual([
      { path: "/pets", httpMethod: "POST" },
      { path: "/pets/{id}", httpMethod: "GET" },
    ]);
    expect(d.methods.removed).toEqual([{ path: "/pets", httpMethod: "GET" }]);
    expect(d.summary).toMatchObject({ resourcesAdded: 1, methodsAdded: 2, methodsRemoved: 1, methodsChanged: 0 });

    const back = diffSnapshots(after, before);
    expect(back.resources.removed).toEqual([{ path: "/pets/{id}", id: "pet002" }]);
  });

  it("lists field-level changes of a method: integration, templates with diff lines, parameters, responses", () => {
    const before = snapshot();
    const after = snapshot();
    const changed = method({
      apiKeyRequired: true,
      requestParameters: { "method.request.querystring.limit": false },
      methodResponses: { "200": { statusCode: "200" }, "404": { statusCode: "404" } },
    });
    changed.integration = {
      ...changed.integration!,
      uri: "http://backend/v2/pets",
      timeoutInMillis: 5000,
      requestParameters: { "integration.request.querystring.limit": "method.request.querystring.limit" },
      requestTemplates: { "application/json": '{\n  "id": "$input.params(\'petId\')"\n}' },
      integrationResponses: {
        "200": { statusCode: "200", selectionPattern: "2\\d{2}", responseTemplates: { "application/json": "$input.body" } },
      },
    };
    after.resources = [before.resources[0], { ...before.resources[1], methods: { GET: changed } }];

    const d = diffSnapshots(before, after);
    expect(d.methods.changed).toHaveLength(1);
    const { path, httpMethod, changes } = d.methods.changed[0];
    expect([path, httpMethod]).toEqual(["/pets", "GET"]);
    const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
    expect(byField.apiKeyRequired).toMatchObject({ kind: "changed", before: false, after: true });
    expect(byField['requestParameters["method.request.querystring.limit"]']).toMatchObject({ kind: "added", after: false });
    expect(byField['methodResponses["404"]']).toMatchObject({ kind: "added", after: { statusCode: "404" } });
    expect(byField["integration.uri"]).toMatchObject({ kind: "changed", before: "http://backend/pets", after: "http://backend/v2/pets" });
    expect(byField["integration.timeoutInMillis"]).toMatchObject({ before: 29000, after: 5000 });
    expect(byField['integration.requestParameters["integration.request.querystring.limit"]']).toMatchObject({ kind: "added" });
    expect(byField['integration.integrationResponses["200"].selectionPattern']).toMatchObject({ kind: "added", after: "2\\d{2}" });
    const template = byField['integration.requestTemplates["application/json"]'];
    expect(template.kind).toBe("changed");
    expect(template.diff).toEqual([
      "@@ -1,3 +1,3 @@",
      " {",
      '-  "id": "$input.params(\'id\')"',
      '+  "id": "$input.params(\'petId\')"',
      " }",
    ]);
  });

  it("does not report empty maps that became absent (or the reverse) as changes", () => {
    const before = snapshot();
    const after = snapshot();
    const m = method();
    m.integration = { ...m.integration!, requestParameters: {} };
    after.resources = [before.resources[0], { ...before.resources[1], methods: { GET: { ...m, requestModels: {} } } }];
    expect(diffSnapshots(before, after).identical).toBe(true);
  });

  it("reports an integration that was added or removed as one change", () => {
    const before = snapshot();
    const after = snapshot();
    after.resources = [before.resources[0], { ...before.resources[1], methods: { GET: method({ integration: undefined }) } }];
    const [change] = diffSnapshots(before, after).methods.changed[0].changes;
    expect(change).toMatchObject({ field: "integration", kind: "removed" });
    expect((change.before as { type: string }).type).toBe("HTTP");
  });

  it("diffs models (schema as pretty-printed JSON), gateway responses, binary media types and API settings", () => {
    const before = snapshot({
      gatewayResponses: { DEFAULT_4XX: { statusCode: "400", responseParameters: {}, responseTemplates: { "application/json": "{}" } } },
    });
    const after = snapshot({
      api: { ...before.api, description: "v2", binaryMediaTypes: ["image/png"] },
      models: {
        Empty: { name: "Empty", contentType: "application/json", schema: '{"type":"object","title":"Empty"}' },
        Pet: { name: "Pet", contentType: "application/json", schema: "{}" },
      },
      gatewayResponses: {
        DEFAULT_4XX: {
          statusCode: "418",
          responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
          responseTemplates: { "application/json": "{}" },
        },
        THROTTLED: { responseParameters: {}, responseTemplates: {} },
      },
    });
    const d = diffSnapshots(before, after);
    expect(d.api).toEqual([{ field: "description", kind: "added", after: "v2" }]);
    expect(d.binaryMediaTypes).toEqual({ added: ["image/png"], removed: [] });
    expect(d.models.added).toEqual(["Pet"]);
    const schema = d.models.changed[0];
    expect(schema.name).toBe("Empty");
    expect(schema.changes[0]).toMatchObject({ field: "schema", kind: "changed" });
    expect(schema.changes[0].diff).toEqual(["@@ -1,3 +1,4 @@", " {", '-  "type": "object"', '+  "type": "object",', '+  "title": "Empty"', " }"]);
    expect(d.gatewayResponses.added).toEqual(["THROTTLED"]);
    expect(d.gatewayResponses.changed).toEqual([
      {
        name: "DEFAULT_4XX",
        changes: [
          { field: 'responseParameters["gatewayresponse.header.Access-Control-Allow-Origin"]', kind: "added", after: "'*'" },
          { field: "statusCode", kind: "changed", before: "400", after: "418" },
        ],
      },
    ]);
    expect(d.summary).toMatchObject({ modelsChanged: 2, gatewayResponsesChanged: 2, binaryMediaTypesChanged: 1, apiSettingsChanged: 1 });
  });
});

describe("diffValues", () => {
  it("names nested fields readably and gives multi-line strings a diff", () => {
    const changes = diffValues({ a: { "b/c": "x\ny" } }, { a: { "b/c": "x\nz" } });
    expect(changes).toEqual([{ field: 'a["b/c"]', kind: "changed", before: "x\ny", after: "x\nz", diff: ["@@ -1,2 +1,2 @@", " x", "-y", "+z"] }]);
  });
});
