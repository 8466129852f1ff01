/**
 * Database access for the Lambda API: lookups that fail with Lambda's errors, the functions
 * revision every write bumps (the gateway's function store polls it), and storing code.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { parseFunctionName, type FunctionRef } from "@/gateway/functions/arn";
import { functionNotFound, LambdaError } from "@/gateway/functions/errors";
import { buildPackage, type BuiltPackage } from "@/gateway/functions/package";
import { FUNCTIONS_REVISION_KEY } from "@/gateway/functions/store";
import { hasFunctionRuntime, getFunctionRuntime } from "@/gateway/functions/index";
import { prisma, type Db } from "../control/db";
import { arnOf } from "./shapes";

export { prisma };
export type Tx = Prisma.TransactionClient;

export function write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(fn, { maxWait: 10_000, timeout: 60_000 });
}

export async function bumpFunctionsRevision(tx: Db): Promise<void> {
  await tx.$executeRawUnsafe(
    `INSERT INTO Meta(key, value) VALUES('${FUNCTIONS_REVISION_KEY}', '1') ` +
      "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
  );
}

export const newRevisionId = () => randomUUID();

/** The function named by a FunctionName path parameter (name, name:qualifier or an ARN). */
export function refOf(functionName: string, qualifier?: string | null): FunctionRef {
  return parseFunctionName(functionName, qualifier);
}

export async function requireFunction(db: Db, name: string) {
  const fn = await db.lambdaFunction.findUnique({ where: { name } });
  if (!fn) throw functionNotFound(arnOf(name));
  return fn;
}

/** A version ($LATEST, a number) or the version an alias points to. */
export async function requireVersion(db: Db, ref: FunctionRef) {
  await requireFunction(db, ref.name);
  let version = ref.qualifier ?? "$LATEST";
  if (version !== "$LATEST" && !/^\d+$/.test(version)) {
    const alias = await db.functionAlias.findUnique({ where: { functionName_name: { functionName: ref.name, name: version } } });
    if (!alias) throw functionNotFound(arnOf(ref.name, ref.qualifier));
    version = alias.functionVersion;
  }
  const row = await db.functionVersion.findUnique({ where: { functionName_version: { functionName: ref.name, version } } });
  if (!row) throw functionNotFound(arnOf(ref.name, ref.qualifier));
  return row;
}

/** Builds a deployment package (TypeScript transpiled once, here); refuses code that does not transpile. */
export async function buildCode(zipBase64: string | undefined): Promise<BuiltPackage> {
  if (!zipBase64) throw new LambdaError("InvalidParameterValueException", "Please provide a source for function code (ZipFile). Archway keeps code itself: S3 locations and images are not supported.");
  const zip = Buffer.from(zipBase64, "base64");
  if (zip.length === 0) throw new LambdaError("InvalidParameterValueException", "Could not unzip uploaded file. Please check your file, then try to upload again.");
  if (zip.length > 50 * 1024 * 1024) throw new LambdaError("RequestTooLargeException", "Request must be smaller than 70167211 bytes for the CreateFunction operation");
  const built = await buildPackage(new Uint8Array(zip));
  if (built.diagnostics.length) {
    throw new LambdaError("InvalidParameterValueException", `TypeScript could not be transpiled: ${built.diagnostics.join("; ")}`);
  }
  return built;
}

export async function storeCode(tx: Tx, built: BuiltPackage): Promise<void> {
  await tx.functionCode.upsert({
    where: { sha256: built.sha256 },
    create: { sha256: built.sha256, zip: Buffer.from(built.zip), build: JSON.stringify(built.build), size: built.size },
    update: {},
  });
}

/** Drops code no version refers to any more. */
export async function pruneCode(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe("DELETE FROM FunctionCode WHERE sha256 NOT IN (SELECT codeSha256 FROM FunctionVersion)");
}

/** Stops this process's warm instances of a function (the gateway's notice the revision). */
export async function evictWarm(name: string): Promise<void> {
  if (hasFunctionRuntime()) await getFunctionRuntime().evict(name);
}

export const RUNTIMES = ["nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x"] as const;

export function validateRuntime(runtime: string | undefined): void {
  if (runtime !== undefined && !(RUNTIMES as readonly string[]).includes(runtime)) {
    throw new LambdaError(
      "InvalidParameterValueException",
      `Value ${runtime} at 'runtime' failed to satisfy constraint: Archway runs Node.js functions: ${RUNTIMES.join(", ")}`,
    );
  }
}

export function validateLimits(input: { Timeout?: number; MemorySize?: number }): void {
  if (input.Timeout !== undefined && (!Number.isInteger(input.Timeout) || input.Timeout < 1 || input.Timeout > 900)) {
    throw new LambdaError("InvalidParameterValueException", `1 validation error detected: Value '${input.Timeout}' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900 and greater than or equal to 1`);
  }
  if (input.MemorySize !== undefined && (!Number.isInteger(input.MemorySize) || input.MemorySize < 128 || input.MemorySize > 10240)) {
    throw new LambdaError("InvalidParameterValueException", `1 validation error detected: Value '${input.MemorySize}' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240 and greater than or equal to 128`);
  }
}

export function validateEnvironment(env: Record<string, string> | undefined): void {
  for (const key of Object.keys(env ?? {})) {
    if (!/^[a-zA-Z]([a-zA-Z0-9_])*$/.test(key)) {
      throw new LambdaError("InvalidParameterValueException", `Lambda was unable to configure your environment variables because the environment variables you have provided contains a key that is not valid: ${key}`);
    }
    if (["AWS_REGION", "AWS_DEFAULT_REGION", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "_HANDLER", "LAMBDA_TASK_ROOT"].includes(key)) {
      throw new LambdaError("InvalidParameterValueException", `Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${key}`);
    }
  }
}
