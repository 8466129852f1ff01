/** GetAuthorizers: GET /restapis/{restapi_id}/authorizers?limit&position (200) → {"item": [...]}. */
import "server-only";
import type { Authorizer } from "@/gateway/model/api-types";
import { authorizersOf } from "./authorizer-shapes";
import { prisma } from "./db";
import { requireRestApi } from "./lookups";
import { pageOf, type Page } from "./paging";

export async function getAuthorizers(restApiId: string, limit?: number, position?: string): Promise<Page<Authorizer>> {
  await requireRestApi(prisma, restApiId);
  return pageOf(await authorizersOf(prisma, restApiId), limit, position);
}
