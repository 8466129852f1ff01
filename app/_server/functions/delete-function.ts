/**
 * DeleteFunction: DELETE /2015-03-31/functions/{FunctionName}?Qualifier= (204). Without a
 * qualifier the function goes with its versions, aliases and logs; with one, only that version
 * (not $LATEST, not one an alias points to).
 */
import "server-only";
import { conflict, invalidParameter } from "@/gateway/functions/errors";
import { arnOf } from "./shapes";
import { bumpFunctionsRevision, evictWarm, pruneCode, refOf, requireFunction, requireVersion, write } from "./store";

export async function deleteFunction(functionName: string, qualifier: string | null): Promise<void> {
  const ref = refOf(functionName, qualifier);
  await write(async (tx) => {
    await requireFunction(tx, ref.name);
    if (!ref.qualifier) {
      await tx.lambdaFunction.delete({ where: { name: ref.name } });
      await tx.functionLog.deleteMany({ where: { functionName: ref.name } });
      await tx.functionMetric.deleteMany({ where: { functionName: ref.name } });
    } else {
      if (ref.qualifier === "$LATEST") throw invalidParameter("$LATEST version cannot be deleted without deleting the function.");
      if (!/^\d+$/.test(ref.qualifier)) throw invalidParameter("Deletion of aliases is not supported by DeleteFunction: use DeleteAlias.");
      await requireVersion(tx, ref);
      const alias = await tx.functionAlias.findFirst({ where: { functionName: ref.name, OR: [{ functionVersion: ref.qualifier }, { routingConfig: { contains: `"${ref.qualifier}"` } }] } });
      if (alias) throw conflict(`Unable to delete version because the following aliases reference it: [${arnOf(ref.name, alias.name)}]`);
      await tx.functionVersion.delete({ where: { functionName_version: { functionName: ref.name, version: ref.qualifier } } });
    }
    await pruneCode(tx);
    await bumpFunctionsRevision(tx);
  });
  await evictWarm(ref.name);
}
