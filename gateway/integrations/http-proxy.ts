/**
 * HTTP_PROXY: the method request goes to the endpoint as it is (method, path parameters in the
 * URI, query, headers, body) and the endpoint's response comes back as it is, streamed.
 * `requestParameters` may still add or override path, query and header values.
 */
import type { MultiMap } from "../runtime/context";
import { formatLogMap } from "../runtime/execution-log";
import { HOP_BY_HOP } from "./http-headers";
import { sendUpstream, type UpstreamRequest } from "./http-client";
import { addGatewayHeaders, encodeQuery, integrationUrl, integrationVerb, mapRequestParameters, mappedHeaders } from "./http-request";
import type { IntegrationHandler } from "./types";

export const httpProxyIntegration: IntegrationHandler<UpstreamRequest> = {
  prepare(ctx, integration) {
    const mapped = mapRequestParameters(ctx, integration);
    const extraQuery = encodeQuery({ ...mapped.querystring, ...mapped.multivaluequerystring });
    const query = [ctx.request.rawQuery, extraQuery].filter(Boolean).join("&");
    const url = integrationUrl(ctx, integration, mapped.path, query);
    const headers: MultiMap = {};
    for (const [name, values] of Object.entries(ctx.request.headers)) {
      if (name === "host" || name === "content-length" || HOP_BY_HOP.has(name)) continue;
      headers[name] = values;
    }
    Object.assign(headers, mappedHeaders(mapped));
    addGatewayHeaders(ctx, headers);
    const body = ctx.request.body.length > 0 ? ctx.request.body : undefined;
    ctx.log.add(`Endpoint request URI: ${url}`);
    ctx.log.add(() => `Endpoint request headers: ${formatLogMap(headers)}`);
    ctx.log.add(() => `Endpoint request body after transformations: ${body?.toString("utf8") ?? ""}`);
    return { url, method: integrationVerb(ctx, integration), headers, body };
  },

  invoke(ctx, integration, req) {
    return sendUpstream(ctx, req, integration.definition.timeoutInMillis ?? 29_000, { buffer: false, passthrough: true });
  },
};
