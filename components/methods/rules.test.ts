import { describe, expect, it } from "vitest";
import { escapePointer, validateBinaryMediaType } from "@/components/apis/binary-media-types";
import { uriPlaceholders, validateEndpoint } from "./endpoint-rules";
import { validateParameter } from "./parameter-rules";
import { patternError, patternMatches } from "./pattern-rules";

describe("endpoint URL", () => {
  it("finds {name} placeholders but not stage variables", () => {
    expect(uriPlaceholders("https://${stageVariables.host}/pets/{petId}/{x}")).toEqual(["petId", "x"]);
  });

  it.each([
    ["http://example.com/pets/{petId}", "/pets/{petId}", []],
    ["https://example.com/{proxy}", "/{proxy+}", []],
    ["http://example.com/items/{id}", "/pets/{petId}", ["id"]],
    ["https://${stageVariables.host}/pets", "/pets", []],
    ["${stageVariables.url}/pets", "/pets", []],
  ])("accepts %s on %s", (uri, path, mapped) => {
    expect(validateEndpoint(uri, path, mapped)).toBeUndefined();
  });

  it.each([
    ["", "/pets", /Enter the backend's URL/],
    ["ftp://example.com", "/pets", /must start with http:\/\/ or https:\/\//],
    ["http://example.com/{nope}", "/pets/{petId}", /\{nope\} is not a path parameter of \/pets\/\{petId\} \(it has \{petId\}\)/],
    ["http://${context.x}/a", "/a", /Only \$\{stageVariables\.name\}/],
    ["http://", "/a", /not a valid URL|needs a host/],
  ])("refuses %j on %s", (uri, path, message) => {
    expect(validateEndpoint(uri, path)).toMatch(message);
  });
});

describe("selection patterns", () => {
  it("validates and matches whole values", () => {
    expect(patternError("4\\d{2}")).toBeUndefined();
    expect(patternError("(2\\d{2}")).toMatch(/Not a valid regular expression/);
    expect(patternMatches("4\\d{2}", "404")).toBe(true);
    expect(patternMatches("4\\d{2}", "4040")).toBe(false);
    expect(patternMatches(".*not found.*", "Item not found\nfor id 3")).toBe(true);
  });
});

describe("method request parameters", () => {
  const declared = { "method.request.path.petId": true, "method.request.header.X-Id": false };
  it("refuses duplicates, also across locations", () => {
    expect(validateParameter("querystring", "q", declared)).toBeUndefined();
    expect(validateParameter("header", "x-id", declared)).toMatch(/already declared/);
    expect(validateParameter("querystring", "petId", declared)).toMatch(/unique across locations/);
    expect(validateParameter("header", "bad header", declared)).toMatch(/spaces/);
  });
});

describe("binary media types", () => {
  it("accepts media types and wildcards, refuses the rest", () => {
    expect(validateBinaryMediaType("image/png", [])).toBeUndefined();
    expect(validateBinaryMediaType("*/*", [])).toBeUndefined();
    expect(validateBinaryMediaType("image/*", [])).toBeUndefined();
    expect(validateBinaryMediaType("image png", [])).toMatch(/type\/subtype/);
    expect(validateBinaryMediaType("text/plain; charset=utf-8", [])).toMatch(/type\/subtype/);
    expect(validateBinaryMediaType("IMAGE/PNG", ["image/png"])).toMatch(/already in the list/);
  });

  it("escapes patch paths as JSON Pointer", () => {
    expect(escapePointer("image/png")).toBe("image~1png");
    expect(escapePointer("a~b/c")).toBe("a~0b~1c");
  });
});
