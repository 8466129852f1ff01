/**
 * DeleteGatewayResponse: DELETE /restapis/{restapi_id}/gatewayresponses/{response_type} (202).
 * Resets the type to AWS's default; a type that was not customized is a 404, as on AWS.
 */
import "server-only";
import { notFound } from "../errors";
import { write } from "./db";
import { validateResponseType } from "./gateway-responses";
import { requireRestApi } from "./lookups";

export async function deleteGatewayResponse(restApiId: string, responseType: string): Promise<void> {
  const type = validateResponseType(responseType);
  await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    const { count } = await tx.gatewayResponse.deleteMany({ where: { restApiId, responseType: type } });
    if (count === 0) throw notFound("Gateway response type not defined on api");
  });
}
