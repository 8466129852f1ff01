/**
 * AWS API Gateway REST shapes, as the control API stores and returns them. Field names follow
 * the AWS SDK (@aws-sdk/client-api-gateway) exactly. Pure types: no runtime dependencies, so
 * both the console and the gateway import this module.
 */

export type HttpVerb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ANY";
export const HTTP_VERBS: readonly HttpVerb[] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

export type IntegrationType = "MOCK" | "HTTP" | "HTTP_PROXY" | "AWS" | "AWS_PROXY";
export type PassthroughBehavior = "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER";
export type ContentHandling = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";

export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface Integration {
  type: IntegrationType;
  httpMethod?: string; // integrationHttpMethod
  uri?: string;
  connectionType?: "INTERNET" | "VPC_LINK";
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: PassthroughBehavior;
  contentHandling?: ContentHandling;
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
}

export interface MethodResponse {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export interface Method {
  httpMethod: string;
  authorizationType: string; // NONE | AWS_IAM | CUSTOM | COGNITO_USER_POOLS
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  authorizationScopes?: string[];
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
}

export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, Method>;
}

export interface RestApi {
  id: string;
  name: string;
  description?: string;
  version?: string;
  createdDate: number; // epoch seconds on the wire, as AWS sends it
  apiKeySource: "HEADER" | "AUTHORIZER";
  endpointConfiguration: { types: string[] };
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  disableExecuteApiEndpoint: boolean;
  policy?: string;
  tags: Record<string, string>;
  rootResourceId: string;
}

export interface CanarySettings {
  percentTraffic?: number;
  deploymentId?: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
}

export interface MethodSetting {
  metricsEnabled?: boolean;
  loggingLevel?: string;
  dataTraceEnabled?: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  cacheDataEncrypted?: boolean;
  requireAuthorizationForCacheControl?: boolean;
  unauthorizedCacheControlHeaderStrategy?: string;
}

export interface AccessLogSettings {
  format?: string;
  destinationArn?: string;
}

export type AuthorizerType = "TOKEN" | "REQUEST" | "COGNITO_USER_POOLS";

export interface Authorizer {
  id: string;
  name: string;
  type: AuthorizerType;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export interface Stage {
  stageName: string;
  deploymentId: string;
  description?: string;
  createdDate: number; // epoch seconds on the wire, as AWS sends it
  lastUpdatedDate: number;
  variables?: Record<string, string>;
  methodSettings: Record<string, MethodSetting>;
  canarySettings?: CanarySettings;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  cacheClusterStatus: string;
  tracingEnabled: boolean;
  accessLogSettings?: AccessLogSettings;
  tags?: Record<string, string>;
}

export interface Deployment {
  id: string;
  description?: string;
  createdDate: number; // epoch seconds on the wire, as AWS sends it
  apiSummary?: Record<string, Record<string, { authorizationType?: string; apiKeyRequired?: boolean }>>;
}
