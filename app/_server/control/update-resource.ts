/**
 * UpdateResource: PATCH /restapis/{restapi_id}/resources/{resource_id} (200). Paths: /pathPart and
 * /parentId, op replace only; the paths of all descendants follow.
 */
import "server-only";
import type { Resource } from "@/gateway/model/api-types";
import { badRequest, notFound } from "../errors";
import { prisma, write } from "./db";
import { MESSAGES, requireResource } from "./lookups";
import type { PatchOperation } from "./patch";
import { checkPlacement, descendantsOf } from "./resource-tree";
import { toResource } from "./shapes";
import { childPath, validatePathPart } from "./validation";

export async function updateResource(restApiId: string, resourceId: string, ops: PatchOperation[]): Promise<Resource> {
  const row = await write(async (tx) => {
    const resource = await requireResource(tx, restApiId, resourceId);
    let pathPart = resource.pathPart;
    let parentId = resource.parentId;
    for (const { op, path, value } of ops) {
      if (path !== "/pathPart" && path !== "/parentId") {
        throw badRequest(`Invalid patch path  '${path}' specified for op '${op}'. Must be one of: [/parentId, /pathPart]`);
      }
      if (op !== "replace") {
        throw badRequest(`Invalid patch path  '${path}' specified for op '${op}'. Please choose supported operations`);
      }
      if (resource.parentId === null) throw badRequest(`Root resource cannot update its ${path.slice(1)}.`);
      if (path === "/pathPart") pathPart = validatePathPart(value);
      else parentId = value ?? null;
    }
    if (resource.parentId === null || pathPart === null || parentId === null) return resource;
    if (pathPart === resource.pathPart && parentId === resource.parentId) return resource;

    const parent = await tx.resource.findFirst({ where: { id: parentId, restApiId } });
    if (!parent) throw notFound(MESSAGES.resource);
    const descendants = await descendantsOf(tx, restApiId, resource.path);
    if (parent.id === resource.id || descendants.some((d) => d.id === parent.id)) throw badRequest("Resources cannot be cyclical.");
    await checkPlacement(tx, restApiId, parent, pathPart, resource.id);

    const newPath = childPath(parent.path, pathPart);
    // Move descendants out of the way first: (restApiId, path) is unique.
    for (const d of descendants) {
      await tx.resource.update({ where: { id: d.id }, data: { path: `\u0000${d.id}` } });
    }
    const updated = await tx.resource.update({ where: { id: resource.id }, data: { pathPart, parentId: parent.id, path: newPath } });
    for (const d of descendants) {
      await tx.resource.update({ where: { id: d.id }, data: { path: newPath + d.path.slice(resource.path.length) } });
    }
    return updated;
  });
  const methods = await prisma.method.findMany({ where: { resourceId } });
  return toResource(row, methods, false);
}
