/**
 * Rules for where a resource may sit in the tree, shared by CreateResource and UpdateResource:
 * no child under a greedy `{x+}`, no two siblings with the same path part, at most one variable
 * (`{x}` or `{x+}`) among siblings.
 */
import "server-only";
import { badRequest, conflict } from "../errors";
import type { Db } from "./db";
import { isGreedyPart, isVariablePart } from "./validation";

export async function checkPlacement(
  db: Db,
  restApiId: string,
  parent: { id: string; pathPart: string | null },
  pathPart: string,
  movingId?: string,
): Promise<void> {
  if (isGreedyPart(parent.pathPart)) {
    throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
  }
  const siblings = (await db.resource.findMany({ where: { restApiId, parentId: parent.id } })).filter((s) => s.id !== movingId);
  if (siblings.some((s) => s.pathPart === pathPart)) {
    throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  }
  if (isVariablePart(pathPart)) {
    const variable = siblings.find((s) => isVariablePart(s.pathPart));
    if (variable) {
      throw badRequest(`A sibling (${variable.pathPart}) of this resource already has a variable path part -- only one is allowed`);
    }
  }
}

/** Ids of a resource's descendants (not the resource itself), deepest last. */
export async function descendantsOf(db: Db, restApiId: string, path: string) {
  const prefix = path === "/" ? "/" : `${path}/`;
  // Filtered here rather than with LIKE: path parts may contain "_" and "%".
  const rows = await db.resource.findMany({ where: { restApiId }, orderBy: { path: "asc" } });
  return rows.filter((r) => r.path !== path && r.path.startsWith(prefix));
}
