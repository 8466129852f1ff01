/** ListVersionsByFunction: GET /2015-03-31/functions/{FunctionName}/versions (200). */
import "server-only";
import { page } from "./http";
import { versionOrder } from "./list-functions";
import { prisma, refOf, requireFunction } from "./store";
import { toFunctionConfiguration } from "./shapes";

export async function listVersionsByFunction(functionName: string, query: URLSearchParams) {
  const { name } = refOf(functionName);
  await requireFunction(prisma, name);
  const rows = await prisma.functionVersion.findMany({ where: { functionName: name } });
  rows.sort((a, b) => versionOrder(a.version) - versionOrder(b.version));
  const { items, nextMarker } = page(rows, query);
  return { Versions: items.map(toFunctionConfiguration), ...(nextMarker ? { NextMarker: nextMarker } : {}) };
}
