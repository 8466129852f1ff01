/** GetIntegration: GET .../methods/{http_method}/integration (200). */
import "server-only";
import type { Integration } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireIntegration } from "./lookups";
import { toIntegration } from "./shapes";

export async function getIntegration(restApiId: string, resourceId: string, httpMethod: string): Promise<Integration> {
  const { integration } = await requireIntegration(prisma, restApiId, resourceId, httpMethod);
  return toIntegration(integration);
}
