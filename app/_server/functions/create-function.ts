/** CreateFunction: POST /2015-03-31/functions (201). */
import "server-only";
import { z } from "zod";
import { FUNCTION_NAME } from "@/gateway/functions/arn";
import { conflict, invalidParameter } from "@/gateway/functions/errors";
import { buildCode, bumpFunctionsRevision, newRevisionId, storeCode, validateEnvironment, validateLimits, validateRuntime, write } from "./store";
import { toFunctionConfiguration, type FunctionConfiguration } from "./shapes";
import { publishLatest } from "./publish-version";

export const CreateFunctionInput = z.object({
  FunctionName: z.string(),
  Runtime: z.string().optional(),
  Role: z.string().optional(),
  Handler: z.string().optional(),
  Code: z.object({ ZipFile: z.string().optional(), S3Bucket: z.string().optional(), S3Key: z.string().optional(), ImageUri: z.string().optional() }),
  Description: z.string().max(256).optional(),
  Timeout: z.number().optional(),
  MemorySize: z.number().optional(),
  Publish: z.boolean().optional(),
  PackageType: z.string().optional(),
  Environment: z.object({ Variables: z.record(z.string(), z.string()).optional() }).optional(),
  Tags: z.record(z.string(), z.string()).optional(),
  Architectures: z.array(z.string()).optional(),
});

export async function createFunction(input: z.infer<typeof CreateFunctionInput>): Promise<FunctionConfiguration> {
  if (!FUNCTION_NAME.test(input.FunctionName)) {
    throw invalidParameter(`1 validation error detected: Value '${input.FunctionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+`);
  }
  if (input.PackageType && input.PackageType !== "Zip") throw invalidParameter("Archway runs Zip functions only (PackageType Image is not supported).");
  if (!input.Runtime) throw invalidParameter("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
  if (!input.Handler) throw invalidParameter("Runtime and Handler are mandatory parameters for functions created with deployment packages.");
  validateRuntime(input.Runtime);
  validateLimits(input);
  validateEnvironment(input.Environment?.Variables);
  const built = await buildCode(input.Code.ZipFile);
  const row = await write(async (tx) => {
    if (await tx.lambdaFunction.findUnique({ where: { name: input.FunctionName } })) {
      throw conflict(`Function already exist: ${input.FunctionName}`);
    }
    await storeCode(tx, built);
    await tx.lambdaFunction.create({ data: { name: input.FunctionName, tags: JSON.stringify(input.Tags ?? {}) } });
    const latest = await tx.functionVersion.create({
      data: {
        functionName: input.FunctionName,
        version: "$LATEST",
        description: input.Description ?? "",
        runtime: input.Runtime!,
        handler: input.Handler!,
        role: input.Role ?? "",
        timeout: input.Timeout ?? 3,
        memorySize: input.MemorySize ?? 128,
        environment: JSON.stringify(input.Environment?.Variables ?? {}),
        codeSha256: built.sha256,
        codeSize: built.size,
        revisionId: newRevisionId(),
        lastModified: new Date(),
      },
    });
    const published = input.Publish ? await publishLatest(tx, input.FunctionName, {}) : null;
    await bumpFunctionsRevision(tx);
    return published ?? latest;
  });
  return toFunctionConfiguration(row);
}
