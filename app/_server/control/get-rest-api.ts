/** GetRestApi: GET /restapis/{restapi_id} (200). */
import "server-only";
import type { RestApi } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireRestApi } from "./lookups";
import { toRestApi } from "./shapes";

export async function getRestApi(restApiId: string): Promise<RestApi> {
  return toRestApi(await requireRestApi(prisma, restApiId));
}
