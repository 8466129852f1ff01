/** DeleteAlias: DELETE /2015-03-31/functions/{FunctionName}/aliases/{Name} (204). */
import "server-only";
import { requireAlias } from "./get-alias";
import { bumpFunctionsRevision, refOf, write } from "./store";

export async function deleteAlias(functionName: string, alias: string): Promise<void> {
  const { name } = refOf(functionName);
  await write(async (tx) => {
    await requireAlias(tx, name, alias);
    await tx.functionAlias.delete({ where: { functionName_name: { functionName: name, name: alias } } });
    await bumpFunctionsRevision(tx);
  });
}
