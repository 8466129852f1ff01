/**
 * Gateway errors carry the AWS gateway-response type they map to. The `gateway-response` step
 * turns them into the response AWS would send (status, `x-amzn-ErrorType`, `{"message"}`),
 * honouring the API's customized gateway responses.
 */

export type GatewayResponseType =
  | "DEFAULT_4XX" | "DEFAULT_5XX" | "ACCESS_DENIED" | "API_CONFIGURATION_ERROR"
  | "AUTHORIZER_CONFIGURATION_ERROR" | "AUTHORIZER_FAILURE" | "BAD_REQUEST_PARAMETERS"
  | "BAD_REQUEST_BODY" | "EXPIRED_TOKEN" | "INTEGRATION_FAILURE" | "INTEGRATION_TIMEOUT"
  | "INVALID_API_KEY" | "INVALID_SIGNATURE" | "MISSING_AUTHENTICATION_TOKEN" | "QUOTA_EXCEEDED"
  | "REQUEST_TOO_LARGE" | "RESOURCE_NOT_FOUND" | "THROTTLED" | "UNAUTHORIZED"
  | "UNSUPPORTED_MEDIA_TYPE" | "WAF_FILTERED";

/** AWS's default status and `x-amzn-ErrorType` per gateway response type. */
export const GATEWAY_RESPONSE_DEFAULTS: Record<GatewayResponseType, { status: number; errorType: string }> = {
  DEFAULT_4XX: { status: 400, errorType: "BadRequestException" },
  DEFAULT_5XX: { status: 500, errorType: "InternalServerErrorException" },
  ACCESS_DENIED: { status: 403, errorType: "AccessDeniedException" },
  API_CONFIGURATION_ERROR: { status: 500, errorType: "InternalServerErrorException" },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, errorType: "AuthorizerConfigurationException" },
  AUTHORIZER_FAILURE: { status: 500, errorType: "AuthorizerFailureException" },
  BAD_REQUEST_PARAMETERS: { status: 400, errorType: "BadRequestException" },
  BAD_REQUEST_BODY: { status: 400, errorType: "BadRequestException" },
  EXPIRED_TOKEN: { status: 403, errorType: "ExpiredTokenException" },
  INTEGRATION_FAILURE: { status: 504, errorType: "InternalServerErrorException" },
  INTEGRATION_TIMEOUT: { status: 504, errorType: "InternalServerErrorException" },
  INVALID_API_KEY: { status: 403, errorType: "ForbiddenException" },
  INVALID_SIGNATURE: { status: 403, errorType: "InvalidSignatureException" },
  MISSING_AUTHENTICATION_TOKEN: { status: 403, errorType: "MissingAuthenticationTokenException" },
  QUOTA_EXCEEDED: { status: 429, errorType: "LimitExceededException" },
  REQUEST_TOO_LARGE: { status: 413, errorType: "RequestTooLargeException" },
  RESOURCE_NOT_FOUND: { status: 404, errorType: "ResourceNotFoundException" },
  THROTTLED: { status: 429, errorType: "TooManyRequestsException" },
  UNAUTHORIZED: { status: 401, errorType: "UnauthorizedException" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, errorType: "UnsupportedMediaTypeException" },
  WAF_FILTERED: { status: 403, errorType: "WAFFilteredException" },
};

export interface GatewayErrorOptions {
  status?: number;
  errorType?: string;
  cause?: unknown;
  /**
   * The body when the API does not customize this gateway response, for the few errors whose AWS
   * body is not `{"message": ...}` (an authorizer's `{"Message": ...}`, `{"message":null}`).
   */
  defaultBody?: string;
  /** `$context.error.message` is null (AWS renders an authorizer configuration error's so). */
  nullMessage?: boolean;
}

export class GatewayError extends Error {
  readonly status: number;
  readonly errorType: string;
  readonly defaultBody?: string;
  readonly nullMessage: boolean;
  constructor(
    readonly responseType: GatewayResponseType,
    message: string,
    opts: GatewayErrorOptions = {},
  ) {
    super(message, { cause: opts.cause });
    const d = GATEWAY_RESPONSE_DEFAULTS[responseType];
    this.status = opts.status ?? d.status;
    this.errorType = opts.errorType ?? d.errorType;
    this.defaultBody = opts.defaultBody;
    this.nullMessage = opts.nullMessage ?? false;
  }
}

export const missingAuthenticationToken = () =>
  new GatewayError("MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token");
export const internalServerError = (cause?: unknown) =>
  new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", { cause });
/** Throttled by a token bucket (account or stage/method limits): 429, as AWS sends it. */
export const tooManyRequests = () => new GatewayError("THROTTLED", "Too Many Requests");
/**
 * `Cache-Control: max-age=0` from a client not authorized to invalidate the cache, on a method
 * whose unauthorizedCacheControlHeaderStrategy is FAIL_WITH_403 (AWS: "returns a 403 Unauthorized
 * response").
 */
export const cacheInvalidationDenied = () => new GatewayError("ACCESS_DENIED", "Unauthorized");
