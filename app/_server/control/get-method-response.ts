/** GetMethodResponse: GET .../methods/{http_method}/responses/{status_code} (200). */
import "server-only";
import type { MethodResponse } from "@/gateway/model/api-types";
import { notFound } from "../errors";
import { prisma, type Db } from "./db";
import { MESSAGES, requireMethod } from "./lookups";
import { storedMethodResponses } from "./shapes";
import { validateStatusCode } from "./validation";

export async function requireMethodResponse(db: Db, restApiId: string, resourceId: string, httpMethod: string, statusCode: string) {
  validateStatusCode(statusCode);
  const { method } = await requireMethod(db, restApiId, resourceId, httpMethod);
  const responses = storedMethodResponses(method);
  const response = responses[statusCode];
  if (!response) throw notFound(MESSAGES.responseStatus);
  return { method, responses, response };
}

export async function getMethodResponse(restApiId: string, resourceId: string, httpMethod: string, statusCode: string): Promise<MethodResponse> {
  return (await requireMethodResponse(prisma, restApiId, resourceId, httpMethod, statusCode)).response;
}
