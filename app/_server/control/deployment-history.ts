/**
 * Console-only deployment history of an API, newest first: AWS's Deployment fields plus who
 * created it (AWS's Deployment has no such member; this is what the console shows as "by") and
 * which stages serve it, as their deployment or as their canary.
 */
import "server-only";
import type { CanarySettings } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { epochSeconds } from "./http";
import { requireRestApi } from "./lookups";
import { parseJson } from "./shapes";

export interface DeploymentHistoryEntry {
  id: string;
  description?: string;
  createdDate: number;
  createdBy?: string;
  stages: string[];
  canaryStages: string[];
}

export async function deploymentHistory(restApiId: string): Promise<{ items: DeploymentHistoryEntry[] }> {
  await requireRestApi(prisma, restApiId);
  const [rows, stages] = await Promise.all([
    prisma.deployment.findMany({
      where: { restApiId },
      select: { id: true, description: true, createdDate: true, createdBy: true },
      orderBy: [{ createdDate: "desc" }, { id: "desc" }],
    }),
    prisma.stage.findMany({ where: { restApiId }, select: { stageName: true, deploymentId: true, canarySettings: true }, orderBy: { stageName: "asc" } }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      ...(r.description ? { description: r.description } : {}),
      createdDate: epochSeconds(r.createdDate),
      ...(r.createdBy ? { createdBy: r.createdBy } : {}),
      stages: stages.filter((s) => s.deploymentId === r.id).map((s) => s.stageName),
      canaryStages: stages
        .filter((s) => parseJson<CanarySettings | null>(s.canarySettings, null)?.deploymentId === r.id)
        .map((s) => s.stageName),
    })),
  };
}
