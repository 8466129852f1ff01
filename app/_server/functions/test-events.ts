/** Console: saved test events of a function — GET / PUT /api/functions/{name}/test-events. */
import "server-only";
import { z } from "zod";
import { prisma, refOf, requireFunction, write } from "./store";

export const TestEventsInput = z.object({
  events: z.array(z.object({ name: z.string().min(1).max(64), event: z.string().max(256 * 1024) })).max(50),
});

export async function getTestEvents(functionName: string) {
  const { name } = refOf(functionName);
  const fn = await requireFunction(prisma, name);
  return { events: JSON.parse(fn.testEvents || "[]") as z.infer<typeof TestEventsInput>["events"] };
}

export async function putTestEvents(functionName: string, input: z.infer<typeof TestEventsInput>) {
  const { name } = refOf(functionName);
  await write(async (tx) => {
    await requireFunction(tx, name);
    await tx.lambdaFunction.update({ where: { name }, data: { testEvents: JSON.stringify(input.events) } });
  });
  return { events: input.events };
}
