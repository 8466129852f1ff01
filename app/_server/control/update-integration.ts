/**
 * UpdateIntegration: PATCH .../methods/{http_method}/integration (200). Paths: /uri, /httpMethod,
 * /connectionType, /connectionId, /credentials, /passthroughBehavior, /contentHandling,
 * /timeoutInMillis, /cacheNamespace, /tlsConfig/insecureSkipVerification (replace, or remove where
 * optional); /requestParameters/{name}, /requestTemplates/{contentType} (add, replace, remove);
 * /cacheKeyParameters/{name} (add, remove).
 */
import "server-only";
import type { Integration } from "@/gateway/model/api-types";
import { write } from "./db";
import { checkIntegration, type StoredIntegration } from "./integration-rules";
import { requireIntegration } from "./lookups";
import {
  invalidPatchPath,
  mapEntryPath,
  onlyReplace,
  patchBoolean,
  patchInteger,
  patchMapEntry,
  type PatchOperation,
} from "./patch";
import { storedMethod, toIntegration } from "./shapes";

const SCALARS = [
  "uri",
  "httpMethod",
  "connectionType",
  "connectionId",
  "credentials",
  "passthroughBehavior",
  "contentHandling",
  "cacheNamespace",
] as const;
const REMOVABLE = new Set(["uri", "connectionId", "credentials", "contentHandling"]);

function applyOp(i: StoredIntegration, { op, path, value }: PatchOperation): StoredIntegration {
  const next: StoredIntegration = { ...i };
  const scalar = SCALARS.find((k) => path === `/${k}`);
  if (scalar) {
    if (op === "remove" && REMOVABLE.has(scalar)) {
      delete next[scalar];
      return next;
    }
    if (op !== "replace") throw onlyReplace();
    (next as unknown as Record<string, unknown>)[scalar] = value;
    return next;
  }
  if (path === "/timeoutInMillis") {
    if (op !== "replace") throw onlyReplace();
    next.timeoutInMillis = patchInteger(value, path);
    return next;
  }
  if (path === "/tlsConfig/insecureSkipVerification") {
    if (op !== "replace") throw onlyReplace();
    next.tlsConfig = { ...(next.tlsConfig ?? {}), insecureSkipVerification: patchBoolean(value, path) };
    return next;
  }
  const param = mapEntryPath(path, "requestParameters");
  if (param !== undefined) {
    next.requestParameters = patchMapEntry(next.requestParameters ?? {}, op, param, value, path);
    return next;
  }
  const template = mapEntryPath(path, "requestTemplates");
  if (template !== undefined) {
    // An empty template is a valid template (it maps to an empty body).
    next.requestTemplates = patchMapEntry(next.requestTemplates ?? {}, op, template, op === "remove" ? undefined : (value ?? ""), path);
    return next;
  }
  const cacheKey = mapEntryPath(path, "cacheKeyParameters");
  if (cacheKey !== undefined) {
    const keys = new Set(next.cacheKeyParameters ?? []);
    if (op === "add") keys.add(cacheKey);
    else if (op === "remove") keys.delete(cacheKey);
    else throw invalidPatchPath(path);
    next.cacheKeyParameters = [...keys];
    return next;
  }
  throw invalidPatchPath(path);
}

function dropEmptyMaps(i: StoredIntegration): StoredIntegration {
  const out = { ...i };
  if (out.requestParameters && Object.keys(out.requestParameters).length === 0) delete out.requestParameters;
  if (out.requestTemplates && Object.keys(out.requestTemplates).length === 0) delete out.requestTemplates;
  return out;
}

export async function updateIntegration(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  ops: PatchOperation[],
): Promise<Integration> {
  const integration = await write(async (tx) => {
    const { method, integration } = await requireIntegration(tx, restApiId, resourceId, httpMethod);
    let next: StoredIntegration = integration;
    for (const op of ops) next = applyOp(next, op);
    next = checkIntegration(dropEmptyMaps(next), storedMethod(method));
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: JSON.stringify(next) },
    });
    return next;
  });
  return toIntegration(integration);
}
