/** GetAuthorizer: GET /restapis/{restapi_id}/authorizers/{authorizer_id} (200). */
import "server-only";
import type { Authorizer } from "@/gateway/model/api-types";
import { toAuthorizer } from "./authorizer-shapes";
import { prisma } from "./db";
import { requireAuthorizer } from "./lookups";

export async function getAuthorizer(restApiId: string, authorizerId: string): Promise<Authorizer> {
  return toAuthorizer(await requireAuthorizer(prisma, restApiId, authorizerId));
}
