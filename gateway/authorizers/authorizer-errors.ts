/**
 * How an authorizer refuses a request, with AWS's default bodies, which differ from the usual
 * `{"message": "..."}`: an access denied by the policy answers `{"Message": "..."}` (capital M,
 * x-amzn-ErrorType AccessDeniedException), an authorizer configuration error `{"message": null}`.
 * The gateway-response step sends them (GatewayError.defaultBody); when the API customizes the
 * gateway response (or its DEFAULT_4XX / DEFAULT_5XX family) the customization applies instead,
 * as on AWS.
 */
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";

/** An authorizer's refusal; TestInvokeAuthorizer answers these with their status. */
export class AuthorizerError extends GatewayError {}

export const unauthorized = () => new AuthorizerError("UNAUTHORIZED", "Unauthorized");

export const EXPLICIT_DENY = "User is not authorized to access this resource with an explicit deny";
export const IMPLICIT_DENY = "User is not authorized to access this resource";

export function accessDenied(explicit: boolean): AuthorizerError {
  const message = explicit ? EXPLICIT_DENY : IMPLICIT_DENY;
  return new AuthorizerError("ACCESS_DENIED", message, { defaultBody: JSON.stringify({ Message: message }) });
}

/**
 * A 500 AUTHORIZER_CONFIGURATION_ERROR. AWS logs the reason, then the exception's name; the
 * reason is logged here and the name travels as the cause the gateway-response step logs.
 */
export function configurationError(ctx: InvocationContext, reason: string): AuthorizerError {
  ctx.log.add(`Execution failed due to configuration error: ${reason}`);
  return new AuthorizerError("AUTHORIZER_CONFIGURATION_ERROR", "", {
    defaultBody: '{"message":null}',
    cause: new Error("AuthorizerConfigurationException"),
    nullMessage: true,
  });
}
