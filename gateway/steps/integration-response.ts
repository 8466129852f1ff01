/**
 * integration-response: for non-proxy integrations, selects the integration response (the
 * backend status matched against selection patterns, else the default one), maps headers and
 * renders the response template. Proxy integrations pass through unchanged.
 */
import { Readable } from "node:stream";
import type { CompiledIntegrationResponse } from "../deployments/compiled-stage";
import { requestMappingInput } from "../mapping/mapping-input";
import { selectResponseTemplate } from "../mapping/response-template";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";

async function bufferBody(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

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

/** `method.response.header.X` from a 'literal' or `integration.response.header.Y`. */
function mapResponseHeaders(params: Record<string, string> | undefined, backend: MultiMap): MultiMap {
  const out: MultiMap = {};
  for (const [target, source] of Object.entries(params ?? {})) {
    const name = /^method\.response\.header\.(.+)$/.exec(target)?.[1];
    if (!name) continue;
    let value: string | undefined;
    if (/^'.*'$/s.test(source)) value = source.slice(1, -1);
    else {
      const h = /^integration\.response\.header\.(.+)$/.exec(source)?.[1];
      if (h) value = backend[h.toLowerCase()]?.at(-1);
    }
    if (value !== undefined) out[name.toLowerCase()] = [value];
  }
  return out;
}

export async function integrationResponse(ctx: InvocationContext): Promise<void> {
  const result = ctx.integrationResult!;
  if (result.passthrough) {
    ctx.response = { statusCode: result.statusCode, headers: result.headers, body: result.body };
    return;
  }
  const backendBody = await bufferBody(result.body);
  const chosen = selectResponse(ctx, String(result.statusCode));
  const headers = mapResponseHeaders(chosen.response.responseParameters, result.headers);
  let statusCode = Number(chosen.response.statusCode);
  let body: Buffer = backendBody;
  let contentType = "application/json";
  const template = selectResponseTemplate(chosen.templates, ctx.request.headers.accept?.[0]);
  if (template) {
    const [type, compiled] = template;
    const rendered = compiled.render(requestMappingInput(ctx, backendBody.toString("utf8")));
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
