/** PutMethodResponse: PUT .../methods/{http_method}/responses/{status_code} (201). */
import "server-only";
import { z } from "zod";
import type { MethodResponse } from "@/gateway/model/api-types";
import { badRequest, conflict } from "../errors";
import { write } from "./db";
import { compact } from "./http";
import { requireMethod } from "./lookups";
import { mappingExpressionError } from "./mapping-rules";
import { DEFAULT_MODELS } from "./method-rules";
import { storedMethodResponses } from "./shapes";
import { validateStatusCode } from "./validation";

export const PutMethodResponseInput = z.object({
  responseParameters: z.record(z.string(), z.boolean()).optional(),
  responseModels: z.record(z.string(), z.string()).optional(),
});

export function checkMethodResponse(r: MethodResponse): MethodResponse {
  for (const name of Object.keys(r.responseParameters ?? {})) {
    if (!/^method\.response\.header\.\S+$/.test(name)) throw mappingExpressionError(`Invalid mapping expression specified: ${name}`);
  }
  for (const model of Object.values(r.responseModels ?? {})) {
    if (!DEFAULT_MODELS.includes(model)) throw badRequest(`Invalid model identifier specified: ${model}`);
  }
  return r;
}

export async function putMethodResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  input: z.infer<typeof PutMethodResponseInput>,
): Promise<MethodResponse> {
  validateStatusCode(statusCode);
  return write(async (tx) => {
    const { method } = await requireMethod(tx, restApiId, resourceId, httpMethod);
    const responses = storedMethodResponses(method);
    if (responses[statusCode]) throw conflict("Response already exists for this resource");
    const response = checkMethodResponse(
      compact({ statusCode, responseParameters: input.responseParameters, responseModels: input.responseModels }),
    );
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { methodResponses: JSON.stringify({ ...responses, [statusCode]: response }) },
    });
    return response;
  });
}
