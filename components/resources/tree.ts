import type { Resource } from "@/components/data/types";

export interface TreeNode {
  resource: Resource;
  children: TreeNode[];
  depth: number;
}

const ORDER = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
export function sortVerbs(verbs: string[]): string[] {
  return [...verbs].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** Builds the resource tree (root first; children sorted: static, then {param}, then {proxy+}). */
export function buildTree(resources: Resource[]): TreeNode | null {
  const byParent = new Map<string, Resource[]>();
  let root: Resource | undefined;
  for (const r of resources) {
    if (!r.parentId || r.path === "/") root = r;
    else byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  }
  if (!root) return null;
  const rank = (r: Resource) => (r.pathPart?.endsWith("+}") ? 2 : r.pathPart?.startsWith("{") ? 1 : 0);
  const build = (r: Resource, depth: number): TreeNode => ({
    resource: r,
    depth,
    children: (byParent.get(r.id) ?? [])
      .sort((a, b) => rank(a) - rank(b) || (a.pathPart ?? "").localeCompare(b.pathPart ?? ""))
      .map((c) => build(c, depth + 1)),
  });
  return build(root, 0);
}

export const PATH_PART_PATTERN = /^(?:[A-Za-z0-9._-]+|\{[A-Za-z0-9._-]+\+?\})$/;

/** Client-side check of a new path part before it is sent. */
export function validatePathPart(part: string, siblings: Resource[], parent?: Resource): string | undefined {
  if (!part) return "Enter a path part, e.g. pets or {petId}.";
  if (part.includes("/")) return "One path part at a time: no slashes. Create the parent first.";
  if (!PATH_PART_PATTERN.test(part))
    return "Use letters, digits, . _ - only, or a parameter like {petId}, or a greedy {proxy+}.";
  if (parent?.pathPart?.endsWith("+}")) return "A greedy {proxy+} resource cannot have children.";
  if (siblings.some((s) => s.pathPart === part)) return `${parent?.path === "/" ? "" : parent?.path ?? ""}/${part} already exists.`;
  const variable = part.startsWith("{");
  const otherVar = siblings.find((s) => s.pathPart?.startsWith("{"));
  if (variable && otherVar)
    return `${otherVar.pathPart} is already a variable part here: a resource can have only one variable child.`;
  return undefined;
}
