/**
 * integration-request: asks the method's integration handler to build what is sent to the
 * backend (request template, parameter mapping, URI).
 */
import { integrationRegistry } from "../integrations/registry";
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";

export function integrationFor(ctx: InvocationContext) {
  const integration = ctx.route?.method.integration;
  if (!integration) {
    throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
      cause: new Error("Execution failed due to configuration error: No integration defined for method"),
    });
  }
  if (integration.configError) {
    throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
      cause: new Error(`Execution failed due to configuration error: ${integration.configError}`),
    });
  }
  const handler = integrationRegistry[integration.definition.type];
  if (!handler) {
    throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
      cause: new Error(`Execution failed due to configuration error: integration type ${integration.definition.type} is not supported yet`),
    });
  }
  return { integration, handler };
}

export async function integrationRequest(ctx: InvocationContext): Promise<void> {
  const { integration, handler } = integrationFor(ctx);
  ctx.integrationRequest = await handler.prepare(ctx, integration);
}
