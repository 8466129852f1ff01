/** GetMethod: GET /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method} (200). */
import "server-only";
import type { Method } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireMethod } from "./lookups";
import { toMethod } from "./shapes";

export async function getMethod(restApiId: string, resourceId: string, httpMethod: string): Promise<Method> {
  const { method } = await requireMethod(prisma, restApiId, resourceId, httpMethod);
  return toMethod(method);
}
