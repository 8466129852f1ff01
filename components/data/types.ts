/** Wire shapes of the control API, re-exported from the shared model (the AWS SDK's field names). */
export type {
  Authorizer,
  AuthorizerType,
  Deployment,
  HttpVerb,
  Integration,
  IntegrationResponse,
  IntegrationType,
  Method,
  MethodResponse,
  Resource,
  RestApi,
  Stage,
} from "@/gateway/model/api-types";

/** An AWS list: `{ item: [...], position? }` (note `item`, singular). */
export interface ListResponse<T> {
  item?: T[];
  position?: string;
}

export interface Session {
  accessKeyId: string;
  userName: string;
  region?: string;
  gatewayUrl?: string;
}

export interface PatchOperation {
  op: "replace" | "add" | "remove" | "move" | "copy" | "test";
  path: string;
  value?: string;
  from?: string;
}

export interface TestInvokeRequest {
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeResponse {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  log?: string;
  latency?: number;
}

export const VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;

/** TestInvokeAuthorizer's request and answer (clientStatus 0: the authorizer returned a valid policy). */
export interface TestInvokeAuthorizerRequest {
  headers?: Record<string, string>;
  pathWithQueryString?: string;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeAuthorizerResponse {
  clientStatus: number;
  log?: string;
  latency?: number;
  principalId?: string;
  policy?: string;
  authorization?: Record<string, string[]>;
  claims?: Record<string, string>;
}
