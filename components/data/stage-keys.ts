/**
 * Query keys of the stage screens. They sit under the API's keys in `query-keys.ts`, so the
 * invalidations already there (deployments, stages) refresh these too.
 */
import { queryKeys } from "./query-keys";

export const stageKeys = {
  /** Deployment history with who deployed and which stages serve each deployment. */
  history: (apiId: string) => [...queryKeys.deployments(apiId), "_history"] as const,
  diff: (apiId: string, from: string, to: string) => [...queryKeys.deployments(apiId), "_diff", from, to] as const,
  metrics: (apiId: string, params: Record<string, string | number | undefined>) =>
    ["restapis", apiId, "metrics", params] as const,
};
