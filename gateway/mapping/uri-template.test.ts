import { describe, expect, it } from "vitest";
import { compileUriTemplate } from "./uri-template";

describe("compileUriTemplate", () => {
  it.each([
    ["http://h/pets/{petId}", { petId: "7" }, {}, "http://h/pets/7"],
    ["http://h/{proxy}", { proxy: "a/b c/d" }, {}, "http://h/a/b%20c/d"],
    ["http://${stageVariables.host}/v1/{id}", { id: "x" }, { host: "api.local:9" }, "http://api.local:9/v1/x"],
    ["http://h/static", {}, {}, "http://h/static"],
    ["http://h/{missing}", {}, {}, "http://h/"],
  ])("%s", (uri, params, stageVariables, expected) => {
    expect(compileUriTemplate(uri)({ params, stageVariables })).toBe(expected);
  });
});
