/**
 * PublishVersion: POST /2015-03-31/functions/{FunctionName}/versions (201). Freezes $LATEST as the
 * next version number; when $LATEST has not changed since the last published version, that
 * version is returned instead, as Lambda does.
 */
import "server-only";
import { z } from "zod";
import { LambdaError } from "@/gateway/functions/errors";
import { bumpFunctionsRevision, newRevisionId, requireFunction, write, type Tx } from "./store";
import { toFunctionConfiguration, type FunctionConfiguration } from "./shapes";

export const PublishVersionInput = z.object({
  CodeSha256: z.string().optional(),
  Description: z.string().optional(),
  RevisionId: z.string().optional(),
});

const SAME = ["runtime", "handler", "role", "timeout", "memorySize", "environment", "codeSha256"] as const;

export async function publishLatest(tx: Tx, name: string, input: z.infer<typeof PublishVersionInput>) {
  const fn = await requireFunction(tx, name);
  const latest = await tx.functionVersion.findUniqueOrThrow({ where: { functionName_version: { functionName: name, version: "$LATEST" } } });
  if (input.CodeSha256 && input.CodeSha256 !== latest.codeSha256) {
    throw new LambdaError("InvalidParameterValueException", `CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${latest.codeSha256}). Please try again with the CodeSHA256 in $LATEST.`);
  }
  if (input.RevisionId && input.RevisionId !== latest.revisionId) {
    throw new LambdaError("PreconditionFailedException", "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
  }
  const versions = await tx.functionVersion.findMany({ where: { functionName: name, NOT: { version: "$LATEST" } } });
  const last = versions.sort((a, b) => Number(b.version) - Number(a.version))[0];
  if (last && SAME.every((k) => last[k] === latest[k])) return last;
  const version = String(fn.nextVersion);
  await tx.lambdaFunction.update({ where: { name }, data: { nextVersion: fn.nextVersion + 1 } });
  return tx.functionVersion.create({
    data: {
      ...latest,
      version,
      description: input.Description ?? latest.description,
      revisionId: newRevisionId(),
      lastModified: new Date(),
    },
  });
}

export async function publishVersion(name: string, input: z.infer<typeof PublishVersionInput>): Promise<FunctionConfiguration> {
  const row = await write(async (tx) => {
    const published = await publishLatest(tx, name, input);
    await bumpFunctionsRevision(tx);
    return published;
  });
  return toFunctionConfiguration(row);
}
