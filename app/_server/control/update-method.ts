/**
 * UpdateMethod: PATCH .../methods/{http_method} (200). Paths: /authorizationType, /authorizerId,
 * /apiKeyRequired, /operationName, /requestValidatorId (replace); /requestParameters/{name},
 * /requestModels/{contentType with "/" as "~1"}, /authorizationScopes (add, replace, remove).
 */
import "server-only";
import type { Method } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { write } from "./db";
import { requireMethod } from "./lookups";
import { checkMethodAuthorizer } from "./method-authorizer-rules";
import { checkMethod } from "./method-rules";
import { invalidPatchPath, mapEntryPath, onlyReplace, patchBoolean, patchMapEntry, patchStringSet, type PatchOperation } from "./patch";
import { storedMethod, toMethod, type StoredMethod } from "./shapes";

function applyOp(m: StoredMethod, { op, path, value }: PatchOperation): StoredMethod {
  const next: StoredMethod = { ...m };
  switch (path) {
    case "/authorizationType":
    case "/authorizerId":
    case "/operationName":
    case "/requestValidatorId": {
      const key = path.slice(1) as "authorizationType" | "authorizerId" | "operationName" | "requestValidatorId";
      if (op === "remove" && key !== "authorizationType") {
        delete next[key];
        return next;
      }
      if (op !== "replace") throw onlyReplace();
      if (value === undefined || value === "") {
        if (key === "authorizationType") throw badRequest("Invalid authorization type specified");
        delete next[key];
      } else {
        next[key] = value;
      }
      return next;
    }
    case "/apiKeyRequired":
      if (op !== "replace") throw onlyReplace();
      next.apiKeyRequired = patchBoolean(value, path);
      return next;
    case "/authorizationScopes": {
      const scopes = patchStringSet(next.authorizationScopes, op, value);
      if (scopes.length) next.authorizationScopes = scopes;
      else delete next.authorizationScopes;
      return next;
    }
  }
  const param = mapEntryPath(path, "requestParameters");
  if (param !== undefined) {
    const map = patchMapEntry(next.requestParameters ?? {}, op, param, op === "remove" ? undefined : patchBoolean(value, path), path);
    next.requestParameters = map;
    if (Object.keys(map).length === 0) delete next.requestParameters;
    return next;
  }
  const model = mapEntryPath(path, "requestModels");
  if (model !== undefined) {
    const map = patchMapEntry(next.requestModels ?? {}, op, model, op === "remove" ? undefined : value, path);
    next.requestModels = map;
    if (Object.keys(map).length === 0) delete next.requestModels;
    return next;
  }
  throw invalidPatchPath(path);
}

export async function updateMethod(restApiId: string, resourceId: string, httpMethod: string, ops: PatchOperation[]): Promise<Method> {
  const row = await write(async (tx) => {
    const { method } = await requireMethod(tx, restApiId, resourceId, httpMethod);
    let m = storedMethod(method);
    for (const op of ops) m = applyOp(m, op);
    m = checkMethod(m);
    await checkMethodAuthorizer(tx, restApiId, m);
    return tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { method: JSON.stringify(m) },
    });
  });
  return toMethod(row);
}
