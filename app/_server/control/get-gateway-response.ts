/**
 * GetGatewayResponse: GET /restapis/{restapi_id}/gatewayresponses/{response_type} (200): the
 * customization, or what the type answers without one (AWS's default, or the family's
 * customized DEFAULT_4XX/DEFAULT_5XX), with `defaultResponse` telling which.
 */
import "server-only";
import { prisma, type Db } from "./db";
import { effectiveGatewayResponse, storedFromRow, validateResponseType, type GatewayResponseShape, type StoredGatewayResponse } from "./gateway-responses";
import { requireRestApi } from "./lookups";

/** The API's customized gateway responses by type. */
export async function customizedGatewayResponses(db: Db, restApiId: string): Promise<Map<string, StoredGatewayResponse>> {
  const rows = await db.gatewayResponse.findMany({ where: { restApiId } });
  return new Map(rows.map((r) => [r.responseType, storedFromRow(r)]));
}

export async function getGatewayResponse(restApiId: string, responseType: string): Promise<GatewayResponseShape> {
  const type = validateResponseType(responseType);
  await requireRestApi(prisma, restApiId);
  return effectiveGatewayResponse(type, await customizedGatewayResponses(prisma, restApiId));
}
