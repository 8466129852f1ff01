/**
 * Control API routes for a stage's caches (FlushStageCache, FlushStageAuthorizersCache), joined
 * into the route table by routes.ts.
 */
import "server-only";
import type { Route } from "./routes";

export const stageCacheRoutes: Route[] = [];
