/**
 * The Lambda API's single entry (and the console's function endpoints): read the body once →
 * authenticate (SigV4 or the console session) → match the route → run it. Every failure becomes
 * Lambda's REST-JSON error.
 */
import "server-only";
import { authenticate } from "../auth/authenticate";
import { LambdaError } from "@/gateway/functions/errors";
import { lambdaErrorResponse } from "./http";
import { matchLambdaRoute } from "./routes";
import { pathSegments } from "../http/path-segments";

/** The origin the client used (Host / X-Forwarded-* aware), for URLs in answers. */
function originOf(req: Request, url: URL): string {
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  const proto = req.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

export async function dispatchLambda(req: Request): Promise<Response> {
  try {
    const bodyText = await req.text();
    const principal = await authenticate(req, bodyText);
    const url = new URL(req.url);
    const { route, params, pathMatched } = matchLambdaRoute(req.method, pathSegments(url.pathname, (seg) => new LambdaError("InvalidParameterValueException", `Invalid path segment: ${seg}`)));
    if (!route) {
      const e = new LambdaError("ResourceNotFoundException", pathMatched ? `The ${req.method} method is not supported for ${url.pathname}` : `No operation matches ${req.method} ${url.pathname}`);
      return lambdaErrorResponse(e);
    }
    let body: unknown = {};
    if (route.operation !== "Invoke" && bodyText.trim() !== "") {
      try {
        body = JSON.parse(bodyText);
      } catch (err) {
        throw new LambdaError("InvalidRequestContentException", `Could not parse request body into json: ${(err as Error).message}`);
      }
    }
    return await route.handler({ params, query: url.searchParams, headers: req.headers, bodyText, body, principal, origin: originOf(req, url) });
  } catch (err) {
    return lambdaErrorResponse(err);
  }
}
