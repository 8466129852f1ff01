/** UpdateAlias: PUT /2015-03-31/functions/{FunctionName}/aliases/{Name} (200), RoutingConfig weights included. */
import "server-only";
import { z } from "zod";
import { LambdaError } from "@/gateway/functions/errors";
import { checkAliasTarget, RoutingConfig } from "./alias-rules";
import { requireAlias } from "./get-alias";
import { toAliasConfiguration } from "./shapes";
import { bumpFunctionsRevision, newRevisionId, refOf, write } from "./store";

export const UpdateAliasInput = z.object({
  FunctionVersion: z.string().optional(),
  Description: z.string().max(256).optional(),
  RoutingConfig: RoutingConfig.optional(),
  RevisionId: z.string().optional(),
});

export async function updateAlias(functionName: string, alias: string, input: z.infer<typeof UpdateAliasInput>) {
  const { name } = refOf(functionName);
  const row = await write(async (tx) => {
    const current = await requireAlias(tx, name, alias);
    if (input.RevisionId && input.RevisionId !== current.revisionId) {
      throw new LambdaError("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
    const functionVersion = input.FunctionVersion ?? current.functionVersion;
    const routing = input.RoutingConfig ?? (JSON.parse(current.routingConfig || "{}") as z.infer<typeof RoutingConfig>);
    const routingConfig = await checkAliasTarget(tx, name, functionVersion, routing);
    const updated = await tx.functionAlias.update({
      where: { functionName_name: { functionName: name, name: alias } },
      data: { functionVersion, routingConfig, description: input.Description ?? current.description, revisionId: newRevisionId() },
    });
    await bumpFunctionsRevision(tx);
    return updated;
  });
  return toAliasConfiguration(row);
}
