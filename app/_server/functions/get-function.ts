/** GetFunction: GET /2015-03-31/functions/{FunctionName}?Qualifier= (200). */
import "server-only";
import { prisma, refOf, requireFunction, requireVersion } from "./store";
import { toFunctionConfiguration } from "./shapes";

export async function getFunction(functionName: string, qualifier: string | null, origin: string) {
  const ref = refOf(functionName, qualifier);
  const version = await requireVersion(prisma, ref);
  const fn = await requireFunction(prisma, ref.name);
  const tags = JSON.parse(fn.tags || "{}") as Record<string, string>;
  const location = `${origin}/api/functions/${encodeURIComponent(ref.name)}/code?qualifier=${encodeURIComponent(version.version)}`;
  return {
    Configuration: toFunctionConfiguration(version),
    Code: { RepositoryType: "S3", Location: location },
    ...(Object.keys(tags).length ? { Tags: tags } : {}),
    ...(fn.reservedConcurrency !== null ? { Concurrency: { ReservedConcurrentExecutions: fn.reservedConcurrency } } : {}),
  };
}

/** GetFunctionConfiguration: GET /2015-03-31/functions/{FunctionName}/configuration (200). */
export async function getFunctionConfiguration(functionName: string, qualifier: string | null) {
  return toFunctionConfiguration(await requireVersion(prisma, refOf(functionName, qualifier)));
}
