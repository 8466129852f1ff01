/** UpdateFunctionConfiguration: PUT /2015-03-31/functions/{FunctionName}/configuration (200). */
import "server-only";
import { z } from "zod";
import { LambdaError } from "@/gateway/functions/errors";
import { bumpFunctionsRevision, newRevisionId, refOf, requireVersion, validateEnvironment, validateLimits, validateRuntime, write } from "./store";
import { toFunctionConfiguration, type FunctionConfiguration } from "./shapes";

export const UpdateFunctionConfigurationInput = z.object({
  Role: z.string().optional(),
  Handler: z.string().optional(),
  Description: z.string().max(256).optional(),
  Timeout: z.number().optional(),
  MemorySize: z.number().optional(),
  Environment: z.object({ Variables: z.record(z.string(), z.string()).optional() }).optional(),
  Runtime: z.string().optional(),
  RevisionId: z.string().optional(),
});

export async function updateFunctionConfiguration(functionName: string, input: z.infer<typeof UpdateFunctionConfigurationInput>): Promise<FunctionConfiguration> {
  const { name } = refOf(functionName);
  validateRuntime(input.Runtime);
  validateLimits(input);
  validateEnvironment(input.Environment?.Variables);
  if (input.Handler !== undefined && !/^[^\s]+$/.test(input.Handler)) throw new LambdaError("InvalidParameterValueException", "Handler must not be empty or contain spaces");
  const row = await write(async (tx) => {
    const latest = await requireVersion(tx, { name });
    if (input.RevisionId && input.RevisionId !== latest.revisionId) {
      throw new LambdaError("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
    const updated = await tx.functionVersion.update({
      where: { functionName_version: { functionName: name, version: "$LATEST" } },
      data: {
        ...(input.Role !== undefined ? { role: input.Role } : {}),
        ...(input.Handler !== undefined ? { handler: input.Handler } : {}),
        ...(input.Description !== undefined ? { description: input.Description } : {}),
        ...(input.Timeout !== undefined ? { timeout: input.Timeout } : {}),
        ...(input.MemorySize !== undefined ? { memorySize: input.MemorySize } : {}),
        ...(input.Runtime !== undefined ? { runtime: input.Runtime } : {}),
        ...(input.Environment !== undefined ? { environment: JSON.stringify(input.Environment.Variables ?? {}) } : {}),
        revisionId: newRevisionId(),
        lastModified: new Date(),
      },
    });
    await bumpFunctionsRevision(tx);
    return updated;
  });
  return toFunctionConfiguration(row);
}
