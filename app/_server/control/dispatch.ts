/**
 * The control API's single entry: read the body once → authenticate (SigV4 or the console's
 * session cookie) → match verb and path against the route table → run the handler. Every failure
 * becomes AWS's REST-JSON error (status, x-amzn-ErrorType, {"message"}).
 */
import "server-only";
import { authenticate } from "../auth/authenticate";
import { badRequest, errorResponse } from "../errors";
import { UnknownOperationError } from "./http";
import { matchRoute } from "./routes";
import { pathSegments } from "../http/path-segments";

function parseBody(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest(`Could not parse request body into json: ${(err as Error).message}`);
  }
}

export async function dispatch(req: Request): Promise<Response> {
  try {
    const bodyText = await req.text();
    const principal = await authenticate(req, bodyText);
    const url = new URL(req.url);
    const { match, pathMatched } = matchRoute(req.method, pathSegments(url.pathname, (seg) => badRequest(`Invalid path segment: ${seg}`)));
    if (!match) {
      throw new UnknownOperationError(
        pathMatched
          ? `The ${req.method} method is not supported for ${url.pathname}`
          : `No operation matches ${req.method} ${url.pathname}`,
      );
    }
    return await match.route.handler({ params: match.params, query: url.searchParams, body: parseBody(bodyText), principal });
  } catch (err) {
    return errorResponse(err);
  }
}
