/** GetAlias: GET /2015-03-31/functions/{FunctionName}/aliases/{Name} (200). */
import "server-only";
import { functionNotFound } from "@/gateway/functions/errors";
import type { Db } from "../control/db";
import { arnOf, toAliasConfiguration } from "./shapes";
import { prisma, refOf, requireFunction } from "./store";

export async function requireAlias(db: Db, functionName: string, alias: string) {
  await requireFunction(db, functionName);
  const row = await db.functionAlias.findUnique({ where: { functionName_name: { functionName, name: alias } } });
  if (!row) throw functionNotFound(arnOf(functionName, alias));
  return row;
}

export async function getAlias(functionName: string, alias: string) {
  const { name } = refOf(functionName);
  return toAliasConfiguration(await requireAlias(prisma, name, alias));
}
