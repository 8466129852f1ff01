/**
 * Database rows → AWS wire shapes (field names as in @aws-sdk/client-api-gateway; timestamps in
 * epoch seconds; members AWS leaves out when empty are left out here too).
 */
import "server-only";
import type {
  Deployment as DeploymentRow,
  Method as MethodRow,
  Resource as ResourceRow,
  RestApi as RestApiRow,
  Stage as StageRow,
} from "@/generated/prisma/client";
import type {
  AccessLogSettings,
  CanarySettings,
  Deployment,
  Integration,
  Method,
  MethodResponse,
  MethodSetting,
  Resource,
  RestApi,
  Stage,
} from "@/gateway/model/api-types";
import { compact, epochSeconds } from "./http";

/** The `Method.method` JSON column: the Method without its responses and integration. */
export type StoredMethod = Omit<Method, "methodResponses" | "methodIntegration">;

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === "") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export interface EndpointConfiguration {
  types: string[];
  ipAddressType?: string;
  vpcEndpointIds?: string[];
}

export function toRestApi(row: RestApiRow): RestApi & { endpointConfiguration: EndpointConfiguration } {
  return compact(
    {
      id: row.id,
      name: row.name,
      description: row.description ?? undefined,
      createdDate: epochSeconds(row.createdDate),
      version: row.version ?? undefined,
      binaryMediaTypes: parseJson<string[]>(row.binaryMediaTypes, []),
      minimumCompressionSize: row.minimumCompressionSize ?? undefined,
      apiKeySource: row.apiKeySource as RestApi["apiKeySource"],
      endpointConfiguration: parseJson<EndpointConfiguration>(row.endpointConfiguration, { types: ["EDGE"] }),
      policy: row.policy ?? undefined,
      tags: parseJson<Record<string, string>>(row.tags, {}),
      disableExecuteApiEndpoint: row.disableExecuteApiEndpoint,
      rootResourceId: row.rootResourceId,
    },
    ["binaryMediaTypes", "tags"],
  );
}

export function storedMethod(row: MethodRow): StoredMethod {
  return parseJson<StoredMethod>(row.method, {
    httpMethod: row.httpMethod,
    authorizationType: "NONE",
    apiKeyRequired: false,
  });
}

export function storedIntegration(row: MethodRow): Integration | null {
  return parseJson<Integration | null>(row.integration, null);
}

export function storedMethodResponses(row: MethodRow): Record<string, MethodResponse> {
  return parseJson<Record<string, MethodResponse>>(row.methodResponses, {});
}

export function toIntegration(integration: Integration): Integration {
  return compact({ ...integration }, ["integrationResponses"]);
}

export function toMethod(row: MethodRow): Method {
  const integration = storedIntegration(row);
  return compact(
    {
      ...storedMethod(row),
      methodResponses: storedMethodResponses(row),
      methodIntegration: integration ? toIntegration(integration) : undefined,
    },
    ["methodResponses"],
  );
}

/**
 * A resource as GetResources/GetResource return it: without `embed=methods` AWS still lists the
 * verbs, each as an empty object; with it, each verb carries the whole Method.
 */
export function toResource(row: ResourceRow, methods: MethodRow[] | undefined, embed: boolean): Resource {
  let resourceMethods: Record<string, Method> | undefined;
  if (methods && methods.length > 0) {
    resourceMethods = {};
    for (const m of [...methods].sort((a, b) => a.httpMethod.localeCompare(b.httpMethod))) {
      resourceMethods[m.httpMethod] = embed ? toMethod(m) : ({} as Method);
    }
  }
  return compact({
    id: row.id,
    parentId: row.parentId ?? undefined,
    pathPart: row.pathPart ?? undefined,
    path: row.path,
    resourceMethods,
  });
}

export function toDeployment(row: DeploymentRow, apiSummary?: Deployment["apiSummary"]): Deployment {
  return compact({
    id: row.id,
    description: row.description ?? undefined,
    createdDate: epochSeconds(row.createdDate),
    apiSummary,
  });
}

export function toStage(row: StageRow): Stage {
  const canary = parseJson<CanarySettings | null>(row.canarySettings, null);
  return compact(
    {
      deploymentId: row.deploymentId,
      stageName: row.stageName,
      description: row.description ?? undefined,
      cacheClusterEnabled: row.cacheClusterEnabled,
      cacheClusterSize: row.cacheClusterSize ?? undefined,
      cacheClusterStatus: row.cacheClusterEnabled ? "AVAILABLE" : "NOT_AVAILABLE",
      methodSettings: parseJson<Record<string, MethodSetting>>(row.methodSettings, {}),
      variables: parseJson<Record<string, string>>(row.variables, {}),
      canarySettings: canary ?? undefined,
      accessLogSettings: parseJson<AccessLogSettings | null>(row.accessLogSettings, null) ?? undefined,
      tracingEnabled: row.tracingEnabled,
      tags: parseJson<Record<string, string>>(row.tags, {}),
      createdDate: epochSeconds(row.createdDate),
      lastUpdatedDate: epochSeconds(row.lastUpdatedDate),
    },
    ["variables", "tags"],
  );
}
