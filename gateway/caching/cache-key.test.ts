/** Cache key parameters read from a hand-built context (no HTTP): what goes into a key. */
import { describe, expect, it } from "vitest";
import type { Integration } from "../model/api-types";
import { testContext } from "../testing/context";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import { keyPartsOf } from "./cache-key";

const integration = (cacheKeyParameters: string[], requestParameters?: Record<string, string>): Integration => ({
  ...mockIntegration("{}"),
  cacheKeyParameters,
  requestParameters,
});

function ctxFor(request: Parameters<typeof testContext>[1], variables: Record<string, string> = {}) {
  const ctx = testContext(snapshot("keys000001", { "/": [], "/pets/{id}": [method("GET")] }), request, { variables });
  const m = ctx.stage!.resourcesById.get("_pets__id_")!.methods.get("GET")!;
  ctx.route = { method: m, pathParameters: { id: "7" } };
  return ctx;
}

describe("cache key parameters", () => {
  it("reads method request path, query string (every value) and header (case-insensitive) parameters", () => {
    const parts = keyPartsOf(integration(["method.request.path.id", "method.request.querystring.tag", "method.request.header.Accept-Language"]));
    const ctx = ctxFor({ query: { tag: ["a", "b"] }, headers: { "accept-language": ["fr"] } });
    expect(parts.map((p) => p(ctx))).toEqual(["7", ["a", "b"], ["fr"]]);
    expect(parts.map((p) => p(ctxFor({})))).toEqual(["7", null, null]);
  });

  it("reads integration request parameters through the integration's mapping", () => {
    const parts = keyPartsOf(
      integration(["integration.request.header.x-type", "integration.request.querystring.v", "integration.request.header.x-env", "integration.request.header.x-ctx"], {
        "integration.request.header.x-type": "method.request.querystring.type",
        "integration.request.querystring.v": "'2'",
        "integration.request.header.x-env": "stageVariables.env",
        "integration.request.header.x-ctx": "context.requestId",
      }),
    );
    expect(parts).toHaveLength(3); // $context values are per request: never part of a key
    expect(parts.map((p) => p(ctxFor({ query: { type: ["cat"] } }, { env: "prod" })))).toEqual([["cat"], "2", "prod"]);
  });

  it("ignores parameters it cannot read", () => {
    expect(keyPartsOf(integration(["method.request.body.x", "integration.request.header.unmapped", "nonsense"]))).toHaveLength(0);
    expect(keyPartsOf(undefined)).toHaveLength(0);
  });
});
