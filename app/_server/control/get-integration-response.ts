/** GetIntegrationResponse: GET .../integration/responses/{status_code} (200). */
import "server-only";
import type { IntegrationResponse } from "@/gateway/model/api-types";
import { notFound } from "../errors";
import { prisma, type Db } from "./db";
import { MESSAGES, requireIntegration } from "./lookups";
import { validateStatusCode } from "./validation";

export async function requireIntegrationResponse(db: Db, restApiId: string, resourceId: string, httpMethod: string, statusCode: string) {
  validateStatusCode(statusCode);
  const found = await requireIntegration(db, restApiId, resourceId, httpMethod);
  const response = found.integration.integrationResponses?.[statusCode];
  if (!response) throw notFound(MESSAGES.responseStatus);
  return { ...found, response };
}

export async function getIntegrationResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
): Promise<IntegrationResponse> {
  return (await requireIntegrationResponse(prisma, restApiId, resourceId, httpMethod, statusCode)).response;
}
