/** ListAliases: GET /2015-03-31/functions/{FunctionName}/aliases?FunctionVersion= (200). */
import "server-only";
import { page } from "./http";
import { toAliasConfiguration } from "./shapes";
import { prisma, refOf, requireFunction } from "./store";

export async function listAliases(functionName: string, query: URLSearchParams) {
  const { name } = refOf(functionName);
  await requireFunction(prisma, name);
  const version = query.get("FunctionVersion");
  const rows = await prisma.functionAlias.findMany({ where: { functionName: name, ...(version ? { functionVersion: version } : {}) }, orderBy: { name: "asc" } });
  const { items, nextMarker } = page(rows, query);
  return { Aliases: items.map(toAliasConfiguration), ...(nextMarker ? { NextMarker: nextMarker } : {}) };
}
