/** invoke-integration: calls the backend through the handler registered for the integration type. */
import type { InvocationContext } from "../runtime/context";
import { integrationFor } from "./integration-request";

export async function invokeIntegration(ctx: InvocationContext): Promise<void> {
  const { integration, handler } = integrationFor(ctx);
  ctx.integrationResult = await handler.invoke(ctx, integration, ctx.integrationRequest);
}
