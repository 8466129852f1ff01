/**
 * HTTP_PROXY: the method request goes to the endpoint as it is (method, path parameters in the
 * URI, query, headers, body) and the endpoint's response comes back as it is, streamed.
 */
import type { Readable } from "node:stream";
import { request } from "undici";
import type { CompiledIntegration } from "../deployments/compiled-stage";
import { compileUriTemplate, type UriTemplate } from "../mapping/uri-template";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";
import { HOP_BY_HOP, toMultiMap } from "./http-headers";
import type { IntegrationHandler } from "./types";
import { upstreamAgent } from "./upstream-agent";

interface HttpProxyRequest {
  url: string;
  method: string;
  headers: MultiMap;
  body: Buffer | undefined;
}

// Compiled once per deployment: CompiledIntegration objects live exactly as long as their stage.
const uriTemplates = new WeakMap<CompiledIntegration, UriTemplate>();

function uriTemplateOf(integration: CompiledIntegration): UriTemplate {
  let t = uriTemplates.get(integration);
  if (!t) uriTemplates.set(integration, (t = compileUriTemplate(integration.definition.uri ?? "")));
  return t;
}

/** `integration.request.path.X` mapped from `method.request.path.Y`, else the same-named path parameter. */
function integrationPathParams(ctx: InvocationContext, integration: CompiledIntegration): Record<string, string> {
  const params = { ...(ctx.route?.pathParameters ?? {}) };
  for (const [target, source] of Object.entries(integration.definition.requestParameters ?? {})) {
    const t = /^integration\.request\.path\.(.+)$/.exec(target);
    const s = /^method\.request\.path\.(.+)$/.exec(source);
    if (t && s && ctx.route?.pathParameters[s[1]] !== undefined) params[t[1]] = ctx.route.pathParameters[s[1]];
  }
  return params;
}

function forwardedHeaders(ctx: InvocationContext): MultiMap {
  const headers: MultiMap = {};
  for (const [name, values] of Object.entries(ctx.request.headers)) {
    if (name === "host" || name === "content-length" || HOP_BY_HOP.has(name)) continue;
    headers[name] = values;
  }
  const xff = ctx.request.headers["x-forwarded-for"]?.join(", ");
  headers["x-forwarded-for"] = [xff ? `${xff}, ${ctx.request.sourceIp}` : ctx.request.sourceIp];
  headers["x-amzn-apigateway-api-id"] = [ctx.target.restApiId];
  headers["user-agent"] ??= [`AmazonAPIGateway_${ctx.target.restApiId}`];
  headers["x-amzn-trace-id"] ??= [`Root=1-${ctx.requestTimeEpoch.toString(16).slice(-8)}-${ctx.requestId.replace(/-/g, "").slice(0, 24)}`];
  return headers;
}

function isAbort(err: unknown): boolean {
  const name = (err as { name?: string })?.name;
  return name === "AbortError" || name === "TimeoutError";
}

export const httpProxyIntegration: IntegrationHandler<HttpProxyRequest> = {
  prepare(ctx, integration) {
    let url = uriTemplateOf(integration)({ stageVariables: ctx.stageVariables, params: integrationPathParams(ctx, integration) });
    if (ctx.request.rawQuery) url += (url.includes("?") ? "&" : "?") + ctx.request.rawQuery;
    const verb = integration.definition.httpMethod;
    const method = !verb || verb === "ANY" ? ctx.request.method : verb;
    const body = ctx.request.body.length > 0 ? ctx.request.body : undefined;
    const headers = forwardedHeaders(ctx);
    ctx.log.add(`Endpoint request URI: ${url}`);
    ctx.log.add(() => `Endpoint request headers: ${formatLogMap(headers)}`);
    ctx.log.add(() => `Endpoint request body after transformations: ${body?.toString("utf8") ?? ""}`);
    return { url, method, headers, body };
  },

  async invoke(ctx, integration, req) {
    const timeoutMs = integration.definition.timeoutInMillis ?? 29_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const started = performance.now();
    ctx.log.add(`Sending request to ${req.url}`);
    try {
      const res = await request(req.url, {
        method: req.method as "GET",
        headers: req.headers,
        body: req.body,
        dispatcher: upstreamAgent,
        signal: controller.signal,
        bodyTimeout: timeoutMs,
      });
      clearTimeout(timer);
      const headers = toMultiMap(res.headers);
      ctx.log.add(`Received response. Status: ${res.statusCode}, Integration latency: ${Math.round(performance.now() - started)} ms`);
      ctx.log.add(() => `Endpoint response headers: ${formatLogMap(headers)}`);
      let body: Buffer | Readable = res.body;
      if (ctx.log.enabled) {
        body = Buffer.from(await res.body.arrayBuffer());
        const text = body.toString("utf8");
        ctx.log.add(`Endpoint response body before transformations: ${text}`);
      }
      return { statusCode: res.statusCode, headers, body, passthrough: true };
    } catch (err) {
      clearTimeout(timer);
      if (isAbort(err)) {
        ctx.log.add(`Execution failed due to a timeout error`);
        throw new GatewayError("INTEGRATION_TIMEOUT", "Endpoint request timed out", { cause: err });
      }
      ctx.log.add(`Execution failed due to configuration error: ${(err as Error).message}`);
      throw new GatewayError("INTEGRATION_FAILURE", "Internal server error", { cause: err });
    }
  },
};
