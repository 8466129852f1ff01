/** method-response: the last word on the response before it is written. */
import type { InvocationContext } from "../runtime/context";

export function methodResponse(ctx: InvocationContext): void {
  const res = ctx.response!;
  ctx.log.add("Successfully completed execution");
  ctx.log.add(`Method completed with status: ${res.statusCode}`);
}
