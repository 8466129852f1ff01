/**
 * Control API routes for authorizers (CreateAuthorizer, GetAuthorizers, ... TestInvokeAuthorizer),
 * joined into the route table by routes.ts.
 */
import "server-only";
import type { Route } from "./routes";

export const authorizerRoutes: Route[] = [];
