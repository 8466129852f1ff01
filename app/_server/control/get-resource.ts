/** GetResource: GET /restapis/{restapi_id}/resources/{resource_id}?embed=methods (200). */
import "server-only";
import type { Resource } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireResource } from "./lookups";
import { toResource } from "./shapes";

export async function getResource(restApiId: string, resourceId: string, embedMethods: boolean): Promise<Resource> {
  const resource = await requireResource(prisma, restApiId, resourceId);
  const methods = await prisma.method.findMany({ where: { resourceId } });
  return toResource(resource, methods, embedMethods);
}
