/**
 * AWS (non-proxy) integration with a local Lambda function: the request template (or the
 * payload, per passthroughBehavior) becomes the event; the function's result is the integration
 * response body. A function error is not an HTTP failure here: its `errorMessage` is what the
 * integration responses' selection patterns match (a success matches as the empty string, so the
 * default response takes it), and the error document is the body the chosen template maps.
 */
import { convertRequestBody } from "../mapping/content-handling";
import { requestMappingInput } from "../mapping/mapping-input";
import { selectRequestTemplate } from "../mapping/select-template";
import { GatewayError } from "../runtime/errors";
import { mapRequestParameters } from "./http-request";
import { invokeLambda, lambdaTarget, type LambdaRequest } from "./lambda-invoke";
import type { IntegrationHandler } from "./types";

export const awsIntegration: IntegrationHandler<LambdaRequest> = {
  prepare(ctx, integration) {
    const uri = integration.definition.uri ?? "";
    if (!/:lambda:path\/2015-03-31\/functions\//.test(uri)) {
      throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
        cause: new Error(`Execution failed due to configuration error: only Lambda function invocations are supported for AWS integrations (${uri})`),
      });
    }
    const ref = lambdaTarget(ctx, integration);
    const contentType = ctx.request.headers["content-type"]?.[0];
    const isBinary = ctx.stage?.isBinaryType(contentType) ?? false;
    const choice = selectRequestTemplate(integration, contentType);
    let payload: string;
    if (choice.kind === "template") {
      const text = isBinary ? ctx.request.body.toString("base64") : ctx.request.body.toString("utf8");
      payload = choice.template.render(requestMappingInput(ctx, text)).output;
    } else {
      payload = convertRequestBody(ctx.request.body, isBinary, integration.definition.contentHandling ?? (isBinary ? "CONVERT_TO_TEXT" : undefined)).toString("utf8");
    }
    ctx.log.add(() => `Endpoint request body after transformations: ${payload}`);
    if (payload.trim() !== "") {
      try {
        JSON.parse(payload);
      } catch {
        // Lambda refuses a payload that is not JSON (InvalidRequestContentException): a 500.
        throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
          cause: new Error("Execution failed due to configuration error: Lambda rejected the request: Could not parse request body into json"),
        });
      }
    }
    // AWS's pattern for asynchronous Lambda calls: map the header X-Amz-Invocation-Type to 'Event'.
    const mapped = mapRequestParameters(ctx, integration);
    const typeHeader = Object.entries(mapped.header).find(([k]) => k.toLowerCase() === "x-amz-invocation-type")?.[1]?.at(-1);
    const invocationType = typeHeader === "Event" ? "Event" : undefined;
    return { ref, payload, invocationType };
  },

  async invoke(ctx, integration, req) {
    const result = await invokeLambda(ctx, integration, req);
    if (result.statusCode === 202) {
      // Asynchronous: Lambda accepted the event; there is no function result to map.
      return { statusCode: 200, headers: { "content-type": ["application/json"] }, body: Buffer.alloc(0), passthrough: false, selector: "" };
    }
    if (result.functionError) {
      ctx.log.add(`Lambda execution failed with status 200 due to customer function error: ${result.error?.errorMessage ?? ""}. Lambda request id: ${result.requestId}`);
    }
    return {
      statusCode: 200,
      headers: { "content-type": ["application/json"] },
      body: Buffer.from(result.payload, "utf8"),
      passthrough: false,
      selector: result.functionError ? (result.error?.errorMessage ?? "") : "",
    };
  },
};
