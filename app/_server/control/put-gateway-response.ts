/**
 * PutGatewayResponse: PUT /restapis/{restapi_id}/gatewayresponses/{response_type} (201).
 * Replaces the type's customization; what the request leaves out comes from the type's defaults
 * (AWS fills the status code and the JSON template, parameters start empty). Takes effect on the
 * next deployment, as everything else in the API does.
 */
import "server-only";
import { z } from "zod";
import { write } from "./db";
import {
  checkGatewayResponse,
  customizedShape,
  DEFAULT_GATEWAY_RESPONSE_TEMPLATES,
  validateResponseType,
  type GatewayResponseShape,
  type StoredGatewayResponse,
} from "./gateway-responses";
import { requireRestApi } from "./lookups";

export const PutGatewayResponseInput = z.object({
  statusCode: z.string().optional(),
  responseParameters: z.record(z.string(), z.string()).optional(),
  responseTemplates: z.record(z.string(), z.string().nullable()).optional(),
});

export async function putGatewayResponse(
  restApiId: string,
  responseType: string,
  input: z.infer<typeof PutGatewayResponseInput>,
): Promise<GatewayResponseShape> {
  const type = validateResponseType(responseType);
  const templates = input.responseTemplates
    ? Object.fromEntries(Object.entries(input.responseTemplates).map(([k, v]) => [k, v ?? ""]))
    : { ...DEFAULT_GATEWAY_RESPONSE_TEMPLATES };
  const stored: StoredGatewayResponse = checkGatewayResponse(
    {
      ...(input.statusCode !== undefined ? { statusCode: input.statusCode } : {}),
      responseParameters: input.responseParameters ?? {},
      responseTemplates: templates,
    },
    "putGatewayResponseInput.statusCode",
  );
  await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    const data = {
      statusCode: stored.statusCode ?? null,
      responseParameters: JSON.stringify(stored.responseParameters),
      responseTemplates: JSON.stringify(stored.responseTemplates),
    };
    await tx.gatewayResponse.upsert({
      where: { restApiId_responseType: { restApiId, responseType: type } },
      create: { restApiId, responseType: type, ...data },
      update: data,
    });
  });
  return customizedShape(type, stored);
}
