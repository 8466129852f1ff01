import type { CompiledIntegration } from "../deployments/compiled-stage";
import type { IntegrationResult, InvocationContext } from "../runtime/context";

/**
 * One integration type: `prepare` builds what is sent (templates, parameter mapping) and runs in
 * the integration-request step; `invoke` calls the backend in the invoke-integration step.
 */
export interface IntegrationHandler<Req = unknown> {
  prepare(ctx: InvocationContext, integration: CompiledIntegration): Req | Promise<Req>;
  invoke(ctx: InvocationContext, integration: CompiledIntegration, request: Req): Promise<IntegrationResult>;
}
