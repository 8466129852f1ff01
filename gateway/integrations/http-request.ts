/** What HTTP and HTTP_PROXY integrations share when building the request to the backend. */
import type { CompiledIntegration } from "../deployments/compiled-stage";
import { applyMappings, type Location } from "../mapping/parameters";
import { requestSources } from "../mapping/sources";
import type { InvocationContext, MultiMap } from "../runtime/context";

export type MappedParameters = Record<Location, Record<string, string[]>>;

export function mapRequestParameters(ctx: InvocationContext, integration: CompiledIntegration): MappedParameters {
  return applyMappings(integration.requestMappings, requestSources(ctx));
}

/**
 * The endpoint URL: `{name}` from `integration.request.path.name`; for leniency a placeholder
 * with no mapping takes the method's path parameter of the same name (AWS's console adds that
 * mapping for you). `query` entries are appended.
 */
export function integrationUrl(ctx: InvocationContext, integration: CompiledIntegration, path: Record<string, string[]>, query: string): string {
  const params: Record<string, string> = { ...(ctx.route?.pathParameters ?? {}) };
  for (const [k, v] of Object.entries(path)) params[k] = v[v.length - 1];
  const url = integration.uri({ stageVariables: ctx.stageVariables, params });
  return query ? url + (url.includes("?") ? "&" : "?") + query : url;
}

export function encodeQuery(query: MultiMap): string {
  const parts: string[] = [];
  for (const [k, values] of Object.entries(query)) for (const v of values) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.join("&");
}

export function integrationVerb(ctx: InvocationContext, integration: CompiledIntegration): string {
  const verb = integration.definition.httpMethod;
  return !verb || verb === "ANY" ? ctx.request.method : verb;
}

/** Headers API Gateway adds to every request it sends to an HTTP backend. */
export function addGatewayHeaders(ctx: InvocationContext, headers: MultiMap): MultiMap {
  const xff = ctx.request.headers["x-forwarded-for"]?.join(", ");
  headers["x-forwarded-for"] = [xff ? `${xff}, ${ctx.request.sourceIp}` : ctx.request.sourceIp];
  headers["x-amzn-apigateway-api-id"] = [ctx.target.restApiId];
  headers["user-agent"] ??= [`AmazonAPIGateway_${ctx.target.restApiId}`];
  headers["x-amzn-trace-id"] ??= [`Root=1-${Math.floor(ctx.requestTimeEpoch / 1000).toString(16)}-${ctx.requestId.replace(/-/g, "").slice(0, 24)}`];
  return headers;
}

/** Mapped headers (single and multi-value targets) as a multi-map. */
export function mappedHeaders(mapped: MappedParameters): MultiMap {
  return { ...mapped.header, ...mapped.multivalueheader };
}
