/**
 * Reserved concurrency: PutFunctionConcurrency (PUT /2017-10-31/functions/{FunctionName}/concurrency),
 * GetFunctionConcurrency (GET /2019-09-30/...), DeleteFunctionConcurrency (DELETE /2017-10-31/..., 204).
 */
import "server-only";
import { z } from "zod";
import { invalidParameter } from "@/gateway/functions/errors";
import { bumpFunctionsRevision, prisma, refOf, requireFunction, write } from "./store";

export const PutFunctionConcurrencyInput = z.object({ ReservedConcurrentExecutions: z.number() });

export async function putFunctionConcurrency(functionName: string, input: z.infer<typeof PutFunctionConcurrencyInput>) {
  const { name } = refOf(functionName);
  const n = input.ReservedConcurrentExecutions;
  if (!Number.isInteger(n) || n < 0) throw invalidParameter(`1 validation error detected: Value '${n}' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0`);
  await write(async (tx) => {
    await requireFunction(tx, name);
    await tx.lambdaFunction.update({ where: { name }, data: { reservedConcurrency: n } });
    await bumpFunctionsRevision(tx);
  });
  return { ReservedConcurrentExecutions: n };
}

export async function getFunctionConcurrency(functionName: string) {
  const { name } = refOf(functionName);
  const fn = await requireFunction(prisma, name);
  return fn.reservedConcurrency === null ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
}

export async function deleteFunctionConcurrency(functionName: string): Promise<void> {
  const { name } = refOf(functionName);
  await write(async (tx) => {
    await requireFunction(tx, name);
    await tx.lambdaFunction.update({ where: { name }, data: { reservedConcurrency: null } });
    await bumpFunctionsRevision(tx);
  });
}
