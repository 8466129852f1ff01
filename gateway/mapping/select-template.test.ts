import { describe, expect, it } from "vitest";
import { compileDeployment } from "../deployments/compiled-stage";
import type { PassthroughBehavior } from "../model/api-types";
import { GatewayError } from "../runtime/errors";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import { mediaType, selectRequestTemplate } from "./select-template";

function integrationWith(behavior: PassthroughBehavior, templates: Record<string, string>) {
  const integration = { ...mockIntegration("{}"), passthroughBehavior: behavior, requestTemplates: templates };
  const deployment = compileDeployment(snapshot("api0000001", { "/x": [method("POST", integration)] }));
  return [...deployment.resourcesById.values()][0].methods.get("POST")!.integration!;
}

// AWS developer guide, "Integration passthrough behaviors": what happens for each behaviour
// when the request's Content-Type has a template, has none, or the method has no templates.
const cases: [PassthroughBehavior, Record<string, string>, string | undefined, "template" | "passthrough" | 415][] = [
  ["WHEN_NO_MATCH", { "application/json": "{}" }, "application/json", "template"],
  ["WHEN_NO_MATCH", { "application/json": "{}" }, "text/plain", "passthrough"],
  ["WHEN_NO_MATCH", {}, "text/plain", "passthrough"],
  ["WHEN_NO_TEMPLATES", { "application/json": "{}" }, "text/plain", 415],
  ["WHEN_NO_TEMPLATES", {}, "text/plain", "passthrough"],
  ["NEVER", { "application/json": "{}" }, "text/plain", 415],
  ["NEVER", {}, "text/plain", 415],
  ["NEVER", { "application/json": "{}" }, undefined, "template"], // no Content-Type means JSON
  ["WHEN_NO_MATCH", { "application/json": "{}" }, "Application/JSON; charset=utf-8", "template"],
];

describe("selectRequestTemplate", () => {
  it.each(cases)("%s with %j and Content-Type %s → %s", (behavior, templates, contentType, expected) => {
    const integration = integrationWith(behavior, templates);
    if (expected === 415) {
      expect(() => selectRequestTemplate(integration, contentType)).toThrow(GatewayError);
      try {
        selectRequestTemplate(integration, contentType);
      } catch (e) {
        expect((e as GatewayError).status).toBe(415);
      }
    } else {
      expect(selectRequestTemplate(integration, contentType).kind).toBe(expected);
    }
  });

  it("reads the media type without parameters", () => {
    expect(mediaType("text/html; charset=UTF-8")).toBe("text/html");
    expect(mediaType(undefined)).toBe("application/json");
  });
});
