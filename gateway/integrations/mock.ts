/**
 * MOCK: no backend. The request template's output is read as JSON and its `statusCode` becomes
 * the integration's status, which then selects the integration response.
 */
import { requestMappingInput } from "../mapping/mapping-input";
import { selectRequestTemplate } from "../mapping/select-template";
import { GatewayError } from "../runtime/errors";
import type { IntegrationHandler } from "./types";

export const mockIntegration: IntegrationHandler<{ statusCode: number }> = {
  prepare(ctx, integration) {
    const choice = selectRequestTemplate(integration, ctx.request.headers["content-type"]?.[0]);
    if (choice.kind === "passthrough") return { statusCode: 200 };
    const { output } = choice.template.render(requestMappingInput(ctx));
    ctx.log.add(() => `Endpoint request body after transformations: ${output}`);
    let statusCode = 200;
    if (output.trim()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(output);
      } catch {
        throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
          cause: new Error(`Execution failed due to configuration error: MOCK request template did not produce JSON: ${output}`),
        });
      }
      const code = (parsed as { statusCode?: unknown })?.statusCode;
      if (code !== undefined) statusCode = Number(code);
    }
    return { statusCode };
  },
  async invoke(ctx, _integration, request) {
    ctx.log.add(`Received response. Status: ${request.statusCode}, Integration latency: 0 ms`);
    return { statusCode: request.statusCode, headers: {}, body: Buffer.alloc(0), passthrough: false };
  },
};
