/**
 * UpdateIntegrationResponse: PATCH .../integration/responses/{status_code} (200). Paths:
 * /selectionPattern, /contentHandling (replace, remove); /responseParameters/{name},
 * /responseTemplates/{contentType} (add, replace, remove).
 */
import "server-only";
import type { IntegrationResponse } from "@/gateway/model/api-types";
import { write } from "./db";
import { requireIntegrationResponse } from "./get-integration-response";
import { invalidPatchPath, mapEntryPath, onlyReplace, patchMapEntry, type PatchOperation } from "./patch";
import { checkIntegrationResponse } from "./put-integration-response";
import { storedMethodResponses } from "./shapes";

function applyOp(r: IntegrationResponse, { op, path, value }: PatchOperation): IntegrationResponse {
  const next = { ...r };
  if (path === "/selectionPattern" || path === "/contentHandling") {
    const key = path.slice(1) as "selectionPattern" | "contentHandling";
    if (op === "remove") delete next[key];
    else if (op === "replace") (next as Record<string, unknown>)[key] = value ?? "";
    else throw onlyReplace();
    return next;
  }
  const param = mapEntryPath(path, "responseParameters");
  if (param !== undefined) {
    next.responseParameters = patchMapEntry(next.responseParameters ?? {}, op, param, value, path);
    return next;
  }
  const template = mapEntryPath(path, "responseTemplates");
  if (template !== undefined) {
    next.responseTemplates = patchMapEntry(next.responseTemplates ?? {}, op, template, op === "remove" ? undefined : (value ?? ""), path);
    return next;
  }
  throw invalidPatchPath(path);
}

export async function updateIntegrationResponse(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  statusCode: string,
  ops: PatchOperation[],
): Promise<IntegrationResponse> {
  return write(async (tx) => {
    const { method, integration, response } = await requireIntegrationResponse(tx, restApiId, resourceId, httpMethod, statusCode);
    let next = response;
    for (const op of ops) next = applyOp(next, op);
    checkIntegrationResponse(next, storedMethodResponses(method)[statusCode]);
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: JSON.stringify({ ...integration, integrationResponses: { ...integration.integrationResponses, [statusCode]: next } }) },
    });
    return next;
  });
}
