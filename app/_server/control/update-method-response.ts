/**
 * UpdateMethodResponse: PATCH .../methods/{http_method}/responses/{status_code} (201, as AWS's
 * model says). Paths: /responseParameters/{name}, /responseModels/{contentType} (add, replace, remove).
 */
import "server-only";
import type { MethodResponse } from "@/gateway/model/api-types";
import { write } from "./db";
import { requireMethodResponse } from "./get-method-response";
import { invalidPatchPath, mapEntryPath, patchBoolean, patchMapEntry, type PatchOperation } from "./patch";
import { checkMethodResponse } from "./put-method-response";

function applyOp(r: MethodResponse, { op, path, value }: PatchOperation): MethodResponse {
  const next = { ...r };
  const param = mapEntryPath(path, "responseParameters");
  if (param !== undefined) {
    next.responseParameters = patchMapEntry(next.responseParameters ?? {}, op, param, op === "remove" ? undefined : patchBoolean(value), path);
    if (Object.keys(next.responseParameters).length === 0) delete next.responseParameters;
    return next;
  }
  const model = mapEntryPath(path, "responseModels");
  if (model !== undefined) {
    next.responseModels = patchMapEntry(next.responseModels ?? {}, op, model, op === "remove" ? undefined : value, path);
    if (Object.keys(next.responseModels).length === 0) delete next.responseModels;
    return next;
  }
  throw invalidPatchPath(path);
}

export async function updateMethodResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  ops: PatchOperation[],
): Promise<MethodResponse> {
  return write(async (tx) => {
    const { method, responses, response } = await requireMethodResponse(tx, restApiId, resourceId, httpMethod, statusCode);
    let next = response;
    for (const op of ops) next = applyOp(next, op);
    checkMethodResponse(next);
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { methodResponses: JSON.stringify({ ...responses, [statusCode]: next }) },
    });
    return next;
  });
}
