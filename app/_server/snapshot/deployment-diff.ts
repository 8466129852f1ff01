/**
 * Console-only: the diff between a deployment and another deployment of the same API, or the
 * API as it is now (`current`, built exactly as CreateDeployment would freeze it).
 */
import "server-only";
import type { ApiSnapshot } from "@/gateway/model/snapshot";
import { prisma } from "../control/db";
import { epochSeconds } from "../control/http";
import { requireDeployment } from "../control/lookups";
import { parseJson } from "../control/shapes";
import { badRequest } from "../errors";
import { buildApiSnapshot } from "./build-snapshot";
import { diffSnapshots, type SnapshotDiff } from "./diff-snapshots";

export interface DiffSide {
  /** null for the current, undeployed API. */
  deploymentId: string | null;
  description?: string;
  createdDate?: number;
  createdBy?: string;
}

export interface DeploymentDiff {
  from: DiffSide;
  to: DiffSide;
  diff: SnapshotDiff;
}

async function side(restApiId: string, deploymentId: string): Promise<{ side: DiffSide; snapshot: ApiSnapshot }> {
  const row = await requireDeployment(prisma, restApiId, deploymentId);
  const snapshot = parseJson<ApiSnapshot | null>(row.snapshot, null);
  if (!snapshot) throw badRequest(`Deployment ${deploymentId} has no readable snapshot`);
  return {
    snapshot,
    side: {
      deploymentId: row.id,
      ...(row.description ? { description: row.description } : {}),
      createdDate: epochSeconds(row.createdDate),
      ...(row.createdBy ? { createdBy: row.createdBy } : {}),
    },
  };
}

export async function deploymentDiff(restApiId: string, fromId: string, to: string): Promise<DeploymentDiff> {
  const from = await side(restApiId, fromId);
  const target =
    to === "current" ? { side: { deploymentId: null }, snapshot: await buildApiSnapshot(prisma, restApiId) } : await side(restApiId, to);
  return { from: from.side, to: target.side, diff: diffSnapshots(from.snapshot, target.snapshot) };
}
