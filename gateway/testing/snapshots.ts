/** Hand-built snapshots for tests: small builders instead of JSON walls. */
import type { Integration } from "../model/api-types";
import { SNAPSHOT_VERSION, type ApiSnapshot, type SnapshotMethod, type SnapshotResource } from "../model/snapshot";

export function mockIntegration(responseTemplate: string, requestTemplate = '{"statusCode": 200}'): Integration {
  return {
    type: "MOCK",
    requestTemplates: { "application/json": requestTemplate },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    cacheKeyParameters: [],
    integrationResponses: { "200": { statusCode: "200", responseTemplates: { "application/json": responseTemplate } } },
  };
}

export function httpProxyIntegration(uri: string, httpMethod = "ANY", timeoutInMillis = 29000): Integration {
  return { type: "HTTP_PROXY", httpMethod, uri, passthroughBehavior: "WHEN_NO_MATCH", timeoutInMillis, cacheKeyParameters: [] };
}

export function method(httpMethod: string, integration?: Integration): SnapshotMethod {
  return {
    httpMethod,
    authorizationType: "NONE",
    apiKeyRequired: false,
    requestParameters: {},
    requestModels: {},
    methodResponses: { "200": { statusCode: "200" } },
    integration,
  };
}

/** `resources` maps a path to its methods; ids are derived from the path. */
export function snapshot(apiId: string, resources: Record<string, SnapshotMethod[]>): ApiSnapshot {
  const list: SnapshotResource[] = Object.entries(resources).map(([path, methods]) => ({
    id: path === "/" ? "root" : path.replace(/[^A-Za-z0-9]/g, "_"),
    path,
    pathPart: path.split("/").at(-1),
    methods: Object.fromEntries(methods.map((m) => [m.httpMethod, m])),
  }));
  return {
    version: SNAPSHOT_VERSION,
    api: { id: apiId, name: apiId, binaryMediaTypes: [], apiKeySource: "HEADER", disableExecuteApiEndpoint: false },
    resources: list,
    models: {},
    gatewayResponses: {},
  };
}
