/**
 * Control API route for a stage's response cache (FlushStageCache), joined into the route table
 * by routes.ts. FlushStageAuthorizersCache sits with the authorizer routes.
 */
import "server-only";
import { flushStageCache } from "./flush-stage-cache";
import { empty } from "./http";
import type { Route } from "./routes";

export const stageCacheRoutes: Route[] = [
  {
    method: "DELETE",
    pattern: "/restapis/{restapi_id}/stages/{stage_name}/cache/data",
    operation: "FlushStageCache",
    handler: async ({ params }) => {
      await flushStageCache(params.restapi_id, params.stage_name);
      return empty(202);
    },
  },
];
