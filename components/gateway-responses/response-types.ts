import type { GatewayResponseType } from "@/components/data/use-gateway-responses";
import { GATEWAY_RESPONSE_DEFAULTS } from "@/gateway/runtime/errors";

export interface ResponseTypeInfo {
  type: GatewayResponseType;
  label: string;
  /** When the gateway answers with it (AWS's "Gateway response types"). */
  description: string;
  /** The message `$context.error.message` carries in the common case. */
  message: string;
  /** AWS's default status; none for DEFAULT_4XX / DEFAULT_5XX (each type keeps its own). */
  defaultStatus?: string;
  family: "4XX" | "5XX";
}

const INFO: Record<GatewayResponseType, [string, string, string]> = {
  DEFAULT_4XX: ["Default 4XX", "Applies to every 4XX type that is not customized itself.", "Forbidden"],
  DEFAULT_5XX: ["Default 5XX", "Applies to every 5XX type that is not customized itself.", "Internal server error"],
  ACCESS_DENIED: ["Access denied", "The authorizer or resource policy denied the request.", "User is not authorized to access this resource with an explicit deny"],
  API_CONFIGURATION_ERROR: ["API configuration error", "The API is misconfigured: an invalid backend address, a template that fails, a bad mapping.", "Internal server error"],
  AUTHORIZER_CONFIGURATION_ERROR: ["Authorizer configuration error", "The gateway could not reach or use the authorizer.", "Authorizer configuration error"],
  AUTHORIZER_FAILURE: ["Authorizer failure", "The authorizer failed to authenticate the caller.", "Authorizer failure"],
  BAD_REQUEST_PARAMETERS: ["Bad request parameters", "A required request parameter is missing or invalid (request validator).", "Missing required request parameters: [q]"],
  BAD_REQUEST_BODY: ["Bad request body", "The body does not match the method's model (request validator).", "Invalid request body"],
  EXPIRED_TOKEN: ["Expired token", "An AWS authentication token has expired.", "The security token included in the request is expired"],
  INTEGRATION_FAILURE: ["Integration failure", "The backend failed: it could not be reached or returned an error.", "Internal server error"],
  INTEGRATION_TIMEOUT: ["Integration timeout", "The backend did not answer within the integration's timeout.", "Endpoint request timed out"],
  INVALID_API_KEY: ["Invalid API key", "The method requires an API key and the one sent is missing or invalid.", "Forbidden"],
  INVALID_SIGNATURE: ["Invalid signature", "The SigV4 signature does not match.", "The request signature we calculated does not match the signature you provided."],
  MISSING_AUTHENTICATION_TOKEN: ["Missing authentication token", "No resource or method matches the request (or an IAM method got no token).", "Missing Authentication Token"],
  QUOTA_EXCEEDED: ["Quota exceeded", "The usage plan's quota for the API key is used up.", "Limit Exceeded"],
  REQUEST_TOO_LARGE: ["Request too large", "The request is larger than 10 MB.", "Request Too Long"],
  RESOURCE_NOT_FOUND: ["Resource not found", "The gateway could not find the resource after authentication.", "Resource not found"],
  THROTTLED: ["Throttled", "The request exceeded a throttling limit (account, stage, method or usage plan).", "Too Many Requests"],
  UNAUTHORIZED: ["Unauthorized", "The authorizer returned Unauthorized (e.g. a missing or invalid token).", "Unauthorized"],
  UNSUPPORTED_MEDIA_TYPE: ["Unsupported media type", "No request template matches the Content-Type and passthrough is off.", "Unsupported Media Type"],
  WAF_FILTERED: ["WAF filtered", "A web ACL blocked the request.", "Forbidden"],
};

/** AWS's types, DEFAULT_4XX / DEFAULT_5XX first, then alphabetical. */
export const RESPONSE_TYPES: ResponseTypeInfo[] = (Object.keys(INFO) as GatewayResponseType[]).map((type) => {
  const [label, description, message] = INFO[type];
  const status = GATEWAY_RESPONSE_DEFAULTS[type].status;
  return {
    type,
    label,
    description,
    message,
    defaultStatus: type === "DEFAULT_4XX" || type === "DEFAULT_5XX" ? undefined : String(status),
    family: status >= 500 ? "5XX" : "4XX",
  };
});

export const RESPONSE_TYPE_INFO = Object.fromEntries(RESPONSE_TYPES.map((t) => [t.type, t])) as Record<GatewayResponseType, ResponseTypeInfo>;

export function isResponseType(v: string | undefined): v is GatewayResponseType {
  return !!v && v in INFO;
}
