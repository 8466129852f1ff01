/** CreateAlias: POST /2015-03-31/functions/{FunctionName}/aliases (201). */
import "server-only";
import { z } from "zod";
import { conflict } from "@/gateway/functions/errors";
import { checkAliasTarget, RoutingConfig, validateAliasName } from "./alias-rules";
import { arnOf, toAliasConfiguration } from "./shapes";
import { bumpFunctionsRevision, newRevisionId, refOf, requireFunction, write } from "./store";

export const CreateAliasInput = z.object({
  Name: z.string(),
  FunctionVersion: z.string(),
  Description: z.string().max(256).optional(),
  RoutingConfig: RoutingConfig.optional(),
});

export async function createAlias(functionName: string, input: z.infer<typeof CreateAliasInput>) {
  const { name } = refOf(functionName);
  validateAliasName(input.Name);
  const row = await write(async (tx) => {
    await requireFunction(tx, name);
    if (await tx.functionAlias.findUnique({ where: { functionName_name: { functionName: name, name: input.Name } } })) {
      throw conflict(`Alias already exists: ${arnOf(name, input.Name)}`);
    }
    const routingConfig = await checkAliasTarget(tx, name, input.FunctionVersion, input.RoutingConfig);
    const created = await tx.functionAlias.create({
      data: { functionName: name, name: input.Name, functionVersion: input.FunctionVersion, description: input.Description ?? "", routingConfig, revisionId: newRevisionId() },
    });
    await bumpFunctionsRevision(tx);
    return created;
  });
  return toAliasConfiguration(row);
}
