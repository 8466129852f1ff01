import { describe, expect, it } from "vitest";
import { GatewayError } from "../runtime/errors";
import { testContext } from "../testing/context";
import { snapshot } from "../testing/snapshots";
import { gatewayResponse } from "./gateway-response";

describe("gateway-response step", () => {
  it("renders AWS's default response for the error type", () => {
    const ctx = testContext(snapshot("api0000001", { "/": [] }));
    gatewayResponse(ctx, new GatewayError("REQUEST_TOO_LARGE", "Request Too Long"));
    expect(ctx.response?.statusCode).toBe(413);
    expect(ctx.response?.headers["x-amzn-errortype"]).toEqual(["RequestTooLargeException"]);
    expect(JSON.parse(String(ctx.response?.body))).toEqual({ message: "Request Too Long" });
  });

  it("turns unexpected exceptions into 500 Internal server error without leaking them", () => {
    const ctx = testContext(snapshot("api0000001", { "/": [] }));
    gatewayResponse(ctx, new TypeError("x is undefined"));
    expect(ctx.response?.statusCode).toBe(500);
    expect(JSON.parse(String(ctx.response?.body))).toEqual({ message: "Internal server error" });
    expect(ctx.log.text()).toContain("x is undefined");
  });

  it("applies the API's customized status and literal headers", () => {
    const api = snapshot("api0000001", { "/": [] });
    api.gatewayResponses.MISSING_AUTHENTICATION_TOKEN = {
      statusCode: "404",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
    };
    const ctx = testContext(api);
    gatewayResponse(ctx, new GatewayError("MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token"));
    expect(ctx.response?.statusCode).toBe(404);
    expect(ctx.response?.headers["access-control-allow-origin"]).toEqual(["*"]);
  });

  it("renders a customized template with $context.error and maps request values into headers", () => {
    const api = snapshot("api0000001", { "/": [] });
    api.gatewayResponses.DEFAULT_4XX = {
      responseParameters: { "gatewayresponse.header.X-Echo": "method.request.header.x-trace" },
      responseTemplates: { "application/json": '{"error": {"type": "$context.error.responseType", "text": $context.error.messageString}}' },
    };
    const ctx = testContext(api, { headers: { "x-trace": ["abc"] } });
    gatewayResponse(ctx, new GatewayError("UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type"));
    expect(ctx.response?.statusCode).toBe(415);
    expect(ctx.response?.headers["x-echo"]).toEqual(["abc"]);
    expect(JSON.parse(String(ctx.response?.body))).toEqual({ error: { type: "UNSUPPORTED_MEDIA_TYPE", text: "Unsupported Media Type" } });
  });
});
