/** PutMethod: PUT /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method} (201). */
import "server-only";
import { z } from "zod";
import type { Method } from "@/gateway/model/api-types";
import { conflict } from "../errors";
import { write } from "./db";
import { compact } from "./http";
import { requireResource } from "./lookups";
import { checkMethodAuthorizer } from "./method-authorizer-rules";
import { checkMethod } from "./method-rules";
import { toMethod, type StoredMethod } from "./shapes";
import { validateVerb } from "./validation";

export const PutMethodInput = z.object({
  authorizationType: z.string().default("NONE"),
  authorizerId: z.string().optional(),
  apiKeyRequired: z.boolean().optional(),
  operationName: z.string().optional(),
  requestParameters: z.record(z.string(), z.boolean()).optional(),
  requestModels: z.record(z.string(), z.string()).optional(),
  requestValidatorId: z.string().optional(),
  authorizationScopes: z.array(z.string()).optional(),
});

export async function putMethod(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: z.infer<typeof PutMethodInput>,
): Promise<Method> {
  const verb = validateVerb(httpMethod);
  const row = await write(async (tx) => {
    const resource = await requireResource(tx, restApiId, resourceId);
    const existing = await tx.method.findUnique({ where: { resourceId_httpMethod: { resourceId: resource.id, httpMethod: verb } } });
    if (existing) throw conflict("Method already exists for this resource");
    const method: StoredMethod = checkMethod(
      compact({
        httpMethod: verb,
        authorizationType: input.authorizationType,
        authorizerId: input.authorizerId,
        apiKeyRequired: input.apiKeyRequired ?? false,
        requestValidatorId: input.requestValidatorId,
        operationName: input.operationName,
        requestParameters: input.requestParameters,
        requestModels: input.requestModels,
        authorizationScopes: input.authorizationScopes,
      }),
    );
    await checkMethodAuthorizer(tx, restApiId, method);
    return tx.method.create({
      data: { resourceId: resource.id, httpMethod: verb, method: JSON.stringify(method), integration: null, methodResponses: "{}" },
    });
  });
  return toMethod(row);
}
