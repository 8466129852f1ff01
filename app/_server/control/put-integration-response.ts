/**
 * PutIntegrationResponse: PUT .../integration/responses/{status_code} (201). Needs the integration
 * and a method response with the same status code; replaces an existing integration response.
 */
import "server-only";
import { z } from "zod";
import type { IntegrationResponse, MethodResponse } from "@/gateway/model/api-types";
import { badRequest, notFound } from "../errors";
import { write } from "./db";
import { compact } from "./http";
import { checkContentHandlingMember } from "./integration-rules";
import { MESSAGES, requireIntegration } from "./lookups";
import { checkIntegrationResponseParameters, checkSelectionPattern, checkTemplates } from "./mapping-rules";
import { storedMethodResponses } from "./shapes";
import { validateStatusCode } from "./validation";

export const PutIntegrationResponseInput = z.object({
  selectionPattern: z.string().optional(),
  responseParameters: z.record(z.string(), z.string()).optional(),
  responseTemplates: z.record(z.string(), z.string().nullable()).optional(),
  contentHandling: z.string().optional(),
});

/**
 * Validates an integration response: `contentHandling`, the selection pattern (a regular
 * expression), parameter mappings (targets declared by the method response with the same status
 * code) and templates (each must parse). Throws before anything is stored.
 */
export function checkIntegrationResponse(r: IntegrationResponse, methodResponse: MethodResponse | undefined): IntegrationResponse {
  if (r.contentHandling !== undefined && r.contentHandling !== "CONVERT_TO_BINARY" && r.contentHandling !== "CONVERT_TO_TEXT") {
    throw badRequest(`Invalid content handling specified: ${r.contentHandling}. Valid options are CONVERT_TO_BINARY,CONVERT_TO_TEXT`);
  }
  checkSelectionPattern(r.selectionPattern);
  checkIntegrationResponseParameters(r.responseParameters, methodResponse?.responseParameters);
  checkTemplates(r.responseTemplates, `integration response ${r.statusCode}`);
  return r;
}

export async function putIntegrationResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: z.infer<typeof PutIntegrationResponseInput>,
): Promise<IntegrationResponse> {
  validateStatusCode(statusCode);
  checkContentHandlingMember(input.contentHandling, "putIntegrationResponseInput.contentHandling");
  return write(async (tx) => {
    const { method, integration } = await requireIntegration(tx, restApiId, resourceId, httpMethod);
    const methodResponse = storedMethodResponses(method)[statusCode];
    if (!methodResponse) throw notFound(MESSAGES.responseStatus);
    const templates = input.responseTemplates
      ? Object.fromEntries(Object.entries(input.responseTemplates).map(([k, v]) => [k, v ?? ""]))
      : undefined;
    const response = checkIntegrationResponse(
      compact({
        statusCode,
        selectionPattern: input.selectionPattern,
        responseParameters: input.responseParameters,
        responseTemplates: templates,
        contentHandling: input.contentHandling as IntegrationResponse["contentHandling"],
      }),
      methodResponse,
    );
    const next = { ...integration, integrationResponses: { ...(integration.integrationResponses ?? {}), [statusCode]: response } };
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: JSON.stringify(next) },
    });
    return response;
  });
}
