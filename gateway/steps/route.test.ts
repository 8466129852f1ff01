import { describe, expect, it } from "vitest";
import { GatewayError } from "../runtime/errors";
import { testContext } from "../testing/context";
import { method, mockIntegration, snapshot } from "../testing/snapshots";
import { route } from "./route";

const api = snapshot("api0000001", {
  "/": [],
  "/pets": [method("GET", mockIntegration("[]"))],
  "/pets/{petId}": [method("ANY", mockIntegration("{}"))],
});

describe("route step", () => {
  it("finds the method and the path parameters", () => {
    const ctx = testContext(api, { method: "GET", path: "/pets/42" });
    route(ctx);
    expect(ctx.route?.method.resource.path).toBe("/pets/{petId}");
    expect(ctx.route?.method.method.httpMethod).toBe("ANY");
    expect(ctx.route?.pathParameters).toEqual({ petId: "42" });
  });

  it("prefers the exact verb and falls back to ANY", () => {
    const ctx = testContext(api, { method: "PUT", path: "/pets/1" });
    route(ctx);
    expect(ctx.route?.method.method.httpMethod).toBe("ANY");
  });

  it.each([
    ["POST", "/pets"],
    ["GET", "/"],
    ["GET", "/dogs"],
  ])("%s %s is 403 Missing Authentication Token", (verb, path) => {
    const ctx = testContext(api, { method: verb, path });
    let error: unknown;
    try {
      route(ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).status).toBe(403);
    expect((error as GatewayError).errorType).toBe("MissingAuthenticationTokenException");
  });

  it("writes the matched method to the execution log", () => {
    const ctx = testContext(api, { method: "GET", path: "/pets" });
    route(ctx);
    expect(ctx.log.text()).toContain("HTTP Method: GET, Resource Path: /pets");
  });
});
