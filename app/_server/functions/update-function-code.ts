/** UpdateFunctionCode: PUT /2015-03-31/functions/{FunctionName}/code (200). */
import "server-only";
import { z } from "zod";
import { LambdaError } from "@/gateway/functions/errors";
import { publishLatest } from "./publish-version";
import { buildCode, bumpFunctionsRevision, newRevisionId, pruneCode, refOf, requireVersion, storeCode, write } from "./store";
import { toFunctionConfiguration, type FunctionConfiguration } from "./shapes";

export const UpdateFunctionCodeInput = z.object({
  ZipFile: z.string().optional(),
  S3Bucket: z.string().optional(),
  S3Key: z.string().optional(),
  ImageUri: z.string().optional(),
  Publish: z.boolean().optional(),
  DryRun: z.boolean().optional(),
  RevisionId: z.string().optional(),
  Architectures: z.array(z.string()).optional(),
});

export async function updateFunctionCode(functionName: string, input: z.infer<typeof UpdateFunctionCodeInput>): Promise<FunctionConfiguration> {
  const { name } = refOf(functionName);
  const built = await buildCode(input.ZipFile);
  const row = await write(async (tx) => {
    const latest = await requireVersion(tx, { name });
    if (input.RevisionId && input.RevisionId !== latest.revisionId) {
      throw new LambdaError("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
    if (input.DryRun) return { ...latest, codeSha256: built.sha256, codeSize: built.size };
    await storeCode(tx, built);
    const updated = await tx.functionVersion.update({
      where: { functionName_version: { functionName: name, version: "$LATEST" } },
      data: { codeSha256: built.sha256, codeSize: built.size, revisionId: newRevisionId(), lastModified: new Date() },
    });
    await pruneCode(tx);
    const published = input.Publish ? await publishLatest(tx, name, {}) : null;
    await bumpFunctionsRevision(tx);
    return published ?? updated;
  });
  return toFunctionConfiguration(row);
}
