import { describe, expect, it } from "vitest";
import type { Resource } from "@/components/data/types";
import { methodsInEffect, sourceLabel } from "./method-settings-effective";

const integration = (cacheKeyParameters: string[] = []) => ({ type: "MOCK" as const, cacheKeyParameters });
const resources = [
  { id: "r1", path: "/pets", resourceMethods: { GET: { httpMethod: "GET", methodIntegration: integration(["method.request.querystring.type"]) }, POST: { httpMethod: "POST" } } },
  { id: "r2", path: "/pets/{id}", resourceMethods: { ANY: { httpMethod: "ANY" }, DELETE: { httpMethod: "DELETE" } } },
] as unknown as Resource[];

describe("methodsInEffect", () => {
  it("without method settings: AWS's defaults, no caching", () => {
    const rows = methodsInEffect(resources, undefined, false);
    expect(rows.map((r) => `${r.verb} ${r.resourcePath}`)).toEqual(["GET /pets", "POST /pets", "ANY /pets/{id}", "DELETE /pets/{id}"]);
    expect(rows[0]).toMatchObject({ source: null, throttle: { kind: "limit", rate: 10000, burst: 5000 }, caching: { on: false, why: "the stage cache is off" } });
    expect(rows[0].cacheKeys).toEqual(["method.request.querystring.type"]);
  });

  it("says which entry each method's limits come from", () => {
    const rows = methodsInEffect(
      resources,
      { "*/*": { throttlingRateLimit: 10, throttlingBurstLimit: 20 }, "~1pets/POST": { throttlingRateLimit: 1, throttlingBurstLimit: 2 }, "pets/{id}/*": { throttlingRateLimit: 0, throttlingBurstLimit: 0 } },
      false,
    );
    expect(rows.map((r) => [r.source, r.throttle])).toEqual([
      ["*/*", { kind: "limit", rate: 10, burst: 20 }],
      ["~1pets/POST", { kind: "limit", rate: 1, burst: 2 }],
      ["pets/{id}/*", { kind: "blocked" }],
      ["pets/{id}/*", { kind: "blocked" }],
    ]);
    expect(sourceLabel("*/*")).toBe("All methods (*/*)");
    expect(sourceLabel(null)).toBe("AWS defaults");
  });

  it("stage-wide caching covers GET (and GET requests of ANY) only; a method's own entry covers its verb", () => {
    const rows = methodsInEffect(resources, { "*/*": { cachingEnabled: true, cacheTtlInSeconds: 60 }, "~1pets~1{id}/DELETE": { cachingEnabled: true, cacheTtlInSeconds: 5 } }, true);
    expect(rows.map((r) => r.caching)).toEqual([
      { on: true, ttlSeconds: 60 },
      { on: false, why: "stage-wide caching covers GET only" },
      { on: true, ttlSeconds: 60 },
      { on: true, ttlSeconds: 5 },
    ]);
  });

  it("a negative limit means no method bucket", () => {
    const [row] = methodsInEffect(resources, { "*/*": { throttlingRateLimit: -1, throttlingBurstLimit: -1 } }, false);
    expect(row.throttle).toEqual({ kind: "none" });
  });
});
