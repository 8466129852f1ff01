/** GetDeployments: GET /restapis/{restapi_id}/deployments?limit&position (200). */
import "server-only";
import type { Deployment } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireRestApi } from "./lookups";
import { pageOf, type Page } from "./paging";
import { toDeployment } from "./shapes";

export async function getDeployments(restApiId: string, limit?: number, position?: string): Promise<Page<Deployment>> {
  await requireRestApi(prisma, restApiId);
  const rows = await prisma.deployment.findMany({
    where: { restApiId },
    select: { id: true, restApiId: true, description: true, createdDate: true, createdBy: true, snapshot: false },
    orderBy: [{ createdDate: "asc" }, { id: "asc" }],
  });
  return pageOf(
    rows.map((r) => toDeployment({ ...r, snapshot: "" })),
    limit,
    position,
  );
}
