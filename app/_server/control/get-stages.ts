/** GetStages: GET /restapis/{restapi_id}/stages?deploymentId (200) → {"item": [...]} (no paging). */
import "server-only";
import type { Stage } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireRestApi } from "./lookups";
import { toStage } from "./shapes";

export async function getStages(restApiId: string, deploymentId?: string): Promise<{ item: Stage[] }> {
  await requireRestApi(prisma, restApiId);
  const rows = await prisma.stage.findMany({
    where: { restApiId, ...(deploymentId ? { deploymentId } : {}) },
    orderBy: { stageName: "asc" },
  });
  return { item: rows.map(toStage) };
}
