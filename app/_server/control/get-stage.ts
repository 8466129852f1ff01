/** GetStage: GET /restapis/{restapi_id}/stages/{stage_name} (200). */
import "server-only";
import type { Stage } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireStage } from "./lookups";
import { toStage } from "./shapes";

export async function getStage(restApiId: string, stageName: string): Promise<Stage> {
  return toStage(await requireStage(prisma, restApiId, stageName));
}
