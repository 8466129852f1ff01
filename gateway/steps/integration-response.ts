/**
 * integration-response: for non-proxy integrations, selects the integration response (the
 * backend status — or, for Lambda, its error message — matched against selection patterns,
 * else the default one), maps headers, converts binary payloads and renders the response
 * template. Proxy integrations pass through unchanged.
 */
import type { CompiledIntegrationResponse } from "../deployments/compiled-stage";
import { convertResponseBody, firstAccept } from "../mapping/content-handling";
import { requestMappingInput } from "../mapping/mapping-input";
import { applyMappings } from "../mapping/parameters";
import { selectResponseTemplate } from "../mapping/response-template";
import { requestSources } from "../mapping/sources";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { readBody } from "../runtime/body";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";

function selectResponse(ctx: InvocationContext, selector: string): CompiledIntegrationResponse {
  const integration = ctx.route!.method.integration!;
  const chosen = integration.responses.find((r) => r.pattern!.test(selector)) ?? integration.defaultResponse;
  if (!chosen) {
    throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
      cause: new Error(`Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${selector}`),
    });
  }
  return chosen;
}

export async function integrationResponse(ctx: InvocationContext): Promise<void> {
  const result = ctx.integrationResult!;
  if (result.passthrough) {
    ctx.response = { statusCode: result.statusCode, headers: result.headers, body: result.body };
    const body = result.body;
    // A streamed body is not read for the log; data trace buffers it in the integration first.
    if (Buffer.isBuffer(body)) ctx.log.add(() => `Method response body after transformations: ${body.toString("utf8")}`);
    return;
  }
  const backendBody = await readBody(result.body);
  const chosen = selectResponse(ctx, result.selector ?? String(result.statusCode));
  const backendText = () => backendBody.toString("utf8");
  const mapped = applyMappings(chosen.mappings, requestSources(ctx, { responseHeaders: result.headers, responseBody: backendText }));
  const headers: MultiMap = { ...mapped.header, ...mapped.multivalueheader };

  const isBinary = ctx.stage?.isBinaryType(result.headers["content-type"]?.[0]) ?? false;
  const accept = ctx.request.headers.accept?.[0];
  const acceptIsBinary = ctx.stage?.isBinaryType(firstAccept(accept)) ?? false;
  let body = convertResponseBody(backendBody, isBinary, acceptIsBinary, chosen.response.contentHandling);
  let statusCode = Number(chosen.response.statusCode);
  let contentType = "application/json";
  const template = selectResponseTemplate(chosen.templates, accept);
  if (template && !(isBinary && body === backendBody)) {
    const [type, compiled] = template;
    const rendered = compiled.render(requestMappingInput(ctx, body.toString("utf8")));
    body = Buffer.from(rendered.output, "utf8");
    contentType = type;
    if (rendered.overrides.status) statusCode = rendered.overrides.status;
    for (const [k, v] of Object.entries(rendered.overrides.responseHeaders)) headers[k.toLowerCase()] = [v];
  }
  headers["content-type"] ??= [contentType];
  ctx.log.add(() => `Method response body after transformations: ${body.toString("utf8")}`);
  ctx.log.add(() => `Method response headers: ${formatLogMap(headers)}`);
  ctx.response = { statusCode, headers, body };
}
