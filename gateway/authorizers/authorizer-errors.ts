/**
 * How an authorizer refuses a request, with AWS's default bodies, which differ from the usual
 * `{"message": "..."}`: an access denied by the policy answers `{"Message": "..."}` (capital M,
 * x-amzn-ErrorType AccessDeniedException), an authorizer configuration error `{"message": null}`.
 * When the API customizes the gateway response (or its DEFAULT_4XX / DEFAULT_5XX family) the
 * customization applies instead, as on AWS.
 */
import { gatewayResponse } from "../steps/gateway-response";
import type { InvocationContext } from "../runtime/context";
import { GatewayError, type GatewayResponseType } from "../runtime/errors";

export class AuthorizerError extends GatewayError {
  /** Read by `$context.error.message`: AWS renders a configuration error's message as null. */
  readonly nullMessage: boolean;
  constructor(
    type: GatewayResponseType,
    message: string,
    /** The body when the gateway response is not customized; undefined: the usual one. */
    readonly defaultBody?: string,
    opts: { cause?: unknown; nullMessage?: boolean } = {},
  ) {
    super(type, message, { cause: opts.cause });
    this.nullMessage = opts.nullMessage ?? false;
  }
}

export const unauthorized = () => new AuthorizerError("UNAUTHORIZED", "Unauthorized");

export const EXPLICIT_DENY = "User is not authorized to access this resource with an explicit deny";
export const IMPLICIT_DENY = "User is not authorized to access this resource";

export function accessDenied(explicit: boolean): AuthorizerError {
  const message = explicit ? EXPLICIT_DENY : IMPLICIT_DENY;
  return new AuthorizerError("ACCESS_DENIED", message, JSON.stringify({ Message: message }));
}

/**
 * A 500 AUTHORIZER_CONFIGURATION_ERROR. AWS logs the reason, then the exception's name; the
 * reason is logged here and the name travels as the cause the gateway-response step logs.
 */
export function configurationError(ctx: InvocationContext, reason: string): AuthorizerError {
  ctx.log.add(`Execution failed due to configuration error: ${reason}`);
  return new AuthorizerError("AUTHORIZER_CONFIGURATION_ERROR", "", '{"message":null}', {
    cause: new Error("AuthorizerConfigurationException"),
    nullMessage: true,
  });
}

function isCustomized(ctx: InvocationContext, error: GatewayError): boolean {
  const responses = ctx.stage?.gatewayResponses;
  return !!responses && (responses.has(error.responseType) || responses.has(error.status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX"));
}

/** Answers the request with the authorizer's refusal (sets `ctx.response`, ending the request steps). */
export function respondWithAuthorizerError(ctx: InvocationContext, error: AuthorizerError): void {
  gatewayResponse(ctx, error);
  if (error.defaultBody !== undefined && ctx.response && !isCustomized(ctx, error)) ctx.response.body = Buffer.from(error.defaultBody);
}
