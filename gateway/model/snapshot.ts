/**
 * The deployment snapshot: the contract between the control plane (which freezes an API into
 * one of these at CreateDeployment) and the gateway (which compiles it per stage). Versioned so
 * a newer gateway can still read old snapshots. Pure types and pure helpers only.
 */
import type { AccessLogSettings, Authorizer, Integration, Method, MethodResponse, MethodSetting, RestApi } from "./api-types";

export const SNAPSHOT_VERSION = 1;

export interface SnapshotMethod {
  httpMethod: string;
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
  methodResponses: Record<string, MethodResponse>;
  integration?: Integration;
}

export interface SnapshotResource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  methods: Record<string, SnapshotMethod>;
}

export interface ApiSnapshot {
  version: typeof SNAPSHOT_VERSION;
  api: Pick<RestApi, "id" | "name" | "description" | "binaryMediaTypes" | "apiKeySource" | "minimumCompressionSize" | "policy" | "disableExecuteApiEndpoint">;
  resources: SnapshotResource[];
  /** Filled in by later capabilities (models, validators, authorizers, gateway responses). */
  models: Record<string, { name: string; contentType: string; schema?: string }>;
  gatewayResponses: Record<string, { statusCode?: string; responseParameters?: Record<string, string>; responseTemplates?: Record<string, string> }>;
  /** Authorizers by id (absent in snapshots taken before authorizers existed). */
  authorizers?: Record<string, Authorizer>;
}

/** A stage as the gateway serves it: the stage's own settings plus its deployment's snapshot. */
export interface StageSnapshot {
  restApiId: string;
  stageName: string;
  deploymentId: string;
  variables: Record<string, string>;
  snapshot: ApiSnapshot;
  /** The stage's method settings as stored ("*\/*" and "{resourcePath}/{verb}" keys). */
  methodSettings?: Record<string, MethodSetting>;
  accessLogSettings?: AccessLogSettings;
  cacheClusterEnabled?: boolean;
  /** GB, as AWS names sizes ("0.5", "1.6", ...). */
  cacheClusterSize?: string;
  tracingEnabled?: boolean;
  /** Set on a canary's stage snapshot: whether it shares the stage's cache. */
  useStageCache?: boolean;
  /**
   * Bumped by FlushStageCache / FlushStageAuthorizersCache (Meta `cache_epoch:{kind}:{api}/{stage}`);
   * part of every cache key, so a flush makes earlier entries unreachable.
   */
  cacheEpochs?: { stage: number; authorizer: number };
}

export function snapshotMethodFromMethod(m: Method): SnapshotMethod {
  return {
    httpMethod: m.httpMethod,
    authorizationType: m.authorizationType,
    authorizerId: m.authorizerId,
    apiKeyRequired: m.apiKeyRequired,
    requestValidatorId: m.requestValidatorId,
    operationName: m.operationName,
    requestParameters: m.requestParameters ?? {},
    requestModels: m.requestModels ?? {},
    methodResponses: m.methodResponses ?? {},
    integration: m.methodIntegration,
  };
}
