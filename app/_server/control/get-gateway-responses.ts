/**
 * GetGatewayResponses: GET /restapis/{restapi_id}/gatewayresponses (200) → {"item": [...]}: all
 * 21 types, customized or not. AWS documents that this collection is not paged ("limit" and
 * "position" do not apply), so the whole list comes back every time.
 */
import "server-only";
import { prisma } from "./db";
import { customizedGatewayResponses } from "./get-gateway-response";
import { effectiveGatewayResponse, GATEWAY_RESPONSE_TYPES, type GatewayResponseShape } from "./gateway-responses";
import { requireRestApi } from "./lookups";

export async function getGatewayResponses(restApiId: string): Promise<{ item: GatewayResponseShape[] }> {
  await requireRestApi(prisma, restApiId);
  const customized = await customizedGatewayResponses(prisma, restApiId);
  return { item: GATEWAY_RESPONSE_TYPES.map((type) => effectiveGatewayResponse(type, customized)) };
}
