/** GetDeployment: GET /restapis/{restapi_id}/deployments/{deployment_id}?embed=apiSummary (200). */
import "server-only";
import type { Deployment } from "@/gateway/model/api-types";
import type { ApiSnapshot } from "@/gateway/model/snapshot";
import { apiSummaryOf } from "../snapshot/api-summary";
import { prisma } from "./db";
import { requireDeployment } from "./lookups";
import { parseJson, toDeployment } from "./shapes";

export async function getDeployment(restApiId: string, deploymentId: string, embedApiSummary: boolean): Promise<Deployment> {
  const row = await requireDeployment(prisma, restApiId, deploymentId);
  const snapshot = embedApiSummary ? parseJson<ApiSnapshot | null>(row.snapshot, null) : null;
  return toDeployment(row, snapshot ? apiSummaryOf(snapshot) : undefined);
}
