/**
 * HTTP (non-proxy): API Gateway builds the backend request itself — only mapped parameters
 * (`requestParameters`) travel, the body is the request template's output (or the payload,
 * per passthroughBehavior and contentHandling) — and the backend's response is mapped back by
 * the integration responses.
 */
import { convertRequestBody } from "../mapping/content-handling";
import { requestMappingInput } from "../mapping/mapping-input";
import { mediaType, selectRequestTemplate } from "../mapping/select-template";
import type { MultiMap } from "../runtime/context";
import { formatLogMap } from "../runtime/execution-log";
import { sendUpstream, type UpstreamRequest } from "./http-client";
import { addGatewayHeaders, encodeQuery, integrationUrl, integrationVerb, mapRequestParameters, mappedHeaders } from "./http-request";
import type { IntegrationHandler } from "./types";

export const httpIntegration: IntegrationHandler<UpstreamRequest> = {
  prepare(ctx, integration) {
    const mapped = mapRequestParameters(ctx, integration);
    const contentType = ctx.request.headers["content-type"]?.[0];
    const isBinary = ctx.stage?.isBinaryType(contentType) ?? false;
    const handling = integration.definition.contentHandling;
    const choice = selectRequestTemplate(integration, contentType);

    const headers: MultiMap = mappedHeaders(mapped);
    const query: MultiMap = { ...mapped.querystring, ...mapped.multivaluequerystring };
    const path = { ...mapped.path };
    let body: Buffer;
    if (choice.kind === "template") {
      // A binary payload reaches a template as base64 text (contentHandling CONVERT_TO_TEXT).
      const text = isBinary ? ctx.request.body.toString("base64") : ctx.request.body.toString("utf8");
      const rendered = choice.template.render(requestMappingInput(ctx, text));
      body = convertRequestBody(Buffer.from(rendered.output, "utf8"), false, handling);
      headers["content-type"] ??= [choice.contentType];
      for (const [k, v] of Object.entries(rendered.overrides.requestHeaders)) headers[k.toLowerCase()] = [v];
      for (const [k, v] of Object.entries(rendered.overrides.requestQuerystring)) query[k] = [v];
      for (const [k, v] of Object.entries(rendered.overrides.requestPath)) path[k] = [v];
    } else {
      body = convertRequestBody(ctx.request.body, isBinary, handling);
      headers["content-type"] ??= [contentType ? contentType : mediaType(undefined)];
    }
    headers.accept ??= ["application/json"];
    addGatewayHeaders(ctx, headers);
    const url = integrationUrl(ctx, integration, path, encodeQuery(query));
    ctx.log.add(`Endpoint request URI: ${url}`);
    ctx.log.add(() => `Endpoint request headers: ${formatLogMap(headers)}`);
    ctx.log.add(() => `Endpoint request body after transformations: ${body.toString("utf8")}`);
    return { url, method: integrationVerb(ctx, integration), headers, body: body.length ? body : undefined };
  },

  invoke(ctx, integration, req) {
    return sendUpstream(ctx, req, integration.definition.timeoutInMillis ?? 29_000, { buffer: true, passthrough: false });
  },
};
