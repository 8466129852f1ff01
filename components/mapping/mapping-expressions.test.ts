import { describe, expect, it } from "vitest";
import { parseServerProblem, sourceSuggestions, undeclaredMethodParameter, validateSource, validateTargetName } from "./mapping-expressions";
import { mappingProblems, mappingRow, mappingsToRows, rowsToMappings } from "./mapping-rows";

describe("mapping sources", () => {
  it.each([
    ["request", "method.request.path.petId"],
    ["request", "method.request.querystring.q"],
    ["request", "method.request.multivalueheader.X-Forwarded-For"],
    ["request", "method.request.body"],
    ["request", "method.request.body.pet.name"],
    ["request", "context.requestId"],
    ["request", "context.identity.sourceIp"],
    ["request", "stageVariables.backend_host"],
    ["request", "'literal value'"],
    ["response", "integration.response.header.x-upstream"],
    ["response", "integration.response.body"],
    ["response", "integration.response.body.items"],
    ["response", "'*'"],
    ["gateway", "method.request.header.Origin"],
    ["gateway", "'https://example.com'"],
  ] as const)("%s accepts %s", (kind, source) => {
    expect(validateSource(source, kind)).toBeUndefined();
  });

  it.each([
    ["request", "", /Enter a source/],
    ["request", "method.request.querystring", /Use method\.request/],
    ["request", "integration.response.header.x", /Use method\.request/],
    ["request", "'unterminated", /single quotes/],
    ["request", "stageVariables.bad-name", /letters, digits and underscores/],
    ["response", "method.request.path.x", /Use integration\.response/],
    ["gateway", "method.request.body", /Use method\.request/],
  ] as const)("%s refuses %j", (kind, source, message) => {
    expect(validateSource(source, kind)).toMatch(message);
  });

  it("checks target names", () => {
    expect(validateTargetName("X-Header", "header")).toBeUndefined();
    expect(validateTargetName("bad header", "header")).toMatch(/header name/);
    expect(validateTargetName("", "querystring")).toMatch(/Enter a name/);
  });

  it("suggests the resource's path parameters and declared parameters first", () => {
    const s = sourceSuggestions("request", { pathParameters: ["petId"], methodParameters: { "method.request.querystring.q": false } });
    expect(s.slice(0, 2)).toEqual(["method.request.path.petId", "method.request.querystring.q"]);
    expect(s).toContain("stageVariables.NAME");
    expect(sourceSuggestions("response")[0]).toBe("integration.response.header.NAME");
  });

  it("finds method request parameters a mapping reads but the method does not declare", () => {
    expect(undeclaredMethodParameter("method.request.querystring.q", {})).toBe("method.request.querystring.q");
    expect(undeclaredMethodParameter("method.request.querystring.q", { "method.request.querystring.q": false })).toBeUndefined();
    expect(undeclaredMethodParameter("method.request.multivaluequerystring.q", { "method.request.querystring.q": false })).toBeUndefined();
    expect(undeclaredMethodParameter("method.request.header.x-id", { "method.request.header.X-Id": true })).toBeUndefined();
    expect(undeclaredMethodParameter("context.requestId", {})).toBeUndefined();
  });
});

describe("server problems", () => {
  it("routes a template error to its content type and line", () => {
    expect(
      parseServerProblem(
        "Invalid mapping template for application/json in integration request: Template syntax error: #end without a matching #if (line 3, column 5)",
      ),
    ).toEqual({
      contentType: "application/json",
      message: "Template syntax error: #end without a matching #if (line 3, column 5)",
      line: 3,
      column: 5,
    });
  });

  it("routes a mapping expression error to its expression", () => {
    const p = parseServerProblem(
      "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.querystring.q]",
    );
    expect(p.expression).toBe("method.request.querystring.q");
  });

  it("routes a bad content type", () => {
    expect(parseServerProblem("Validation Result: warnings : [], errors : [Invalid content type specified: 123]")).toMatchObject({ contentType: "123" });
  });

  it("leaves other messages general", () => {
    expect(parseServerProblem("Timeout should be between 50 ms and 29000 ms")).toEqual({ message: "Timeout should be between 50 ms and 29000 ms" });
  });
});

describe("mapping rows", () => {
  it("round-trips request mappings, unwrapping literals", () => {
    const map = {
      "integration.request.path.id": "method.request.path.petId",
      "integration.request.header.x-static": "'archway'",
      "integration.request.querystring.q": "method.request.querystring.search",
    };
    const rows = mappingsToRows(map, "request");
    expect(rows.map((r) => [r.location, r.name, r.source, r.literal])).toEqual([
      ["path", "id", "method.request.path.petId", false],
      ["header", "x-static", "archway", true],
      ["querystring", "q", "method.request.querystring.search", false],
    ]);
    expect(rowsToMappings(rows, "request")).toEqual(map);
  });

  it("round-trips gateway response headers", () => {
    const map = { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'", "gatewayresponse.header.X-Req": "method.request.header.X-Req" };
    expect(rowsToMappings(mappingsToRows(map, "gateway"), "gateway")).toEqual(map);
  });

  it("reports duplicate targets and bad sources per row", () => {
    const rows = [mappingRow("header", "x-a", "method.request.header.a"), mappingRow("header", "X-A", "context.stage"), mappingRow("path", "id", "nope")];
    const problems = mappingProblems(rows, "request");
    expect(Object.keys(problems)).toHaveLength(2);
    expect(problems[rows[1].id]).toMatch(/mapped twice/);
    expect(problems[rows[2].id]).toMatch(/Use method\.request/);
  });
});
