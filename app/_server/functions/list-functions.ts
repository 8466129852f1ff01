/** ListFunctions: GET /2015-03-31/functions (200). $LATEST of each function; FunctionVersion=ALL adds versions. */
import "server-only";
import { page } from "./http";
import { prisma } from "./store";
import { toFunctionConfiguration } from "./shapes";

export async function listFunctions(query: URLSearchParams) {
  const all = query.get("FunctionVersion") === "ALL";
  const rows = await prisma.functionVersion.findMany({ where: all ? {} : { version: "$LATEST" } });
  rows.sort((a, b) => a.functionName.localeCompare(b.functionName) || versionOrder(a.version) - versionOrder(b.version));
  const { items, nextMarker } = page(rows, query);
  return { Functions: items.map(toFunctionConfiguration), ...(nextMarker ? { NextMarker: nextMarker } : {}) };
}

export const versionOrder = (v: string) => (v === "$LATEST" ? -1 : Number(v));
