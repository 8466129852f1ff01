/** A deployment's `apiSummary` (GetDeployment?embed=apiSummary): path → verb → auth summary. */
import "server-only";
import type { Deployment } from "@/gateway/model/api-types";
import type { ApiSnapshot } from "@/gateway/model/snapshot";

export function apiSummaryOf(snapshot: ApiSnapshot): NonNullable<Deployment["apiSummary"]> {
  const summary: NonNullable<Deployment["apiSummary"]> = {};
  for (const r of snapshot.resources) {
    const verbs = Object.values(r.methods);
    if (verbs.length === 0) continue;
    summary[r.path] = {};
    for (const m of verbs) {
      summary[r.path][m.httpMethod] = { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired };
    }
  }
  return summary;
}
