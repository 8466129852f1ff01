import { describe, expect, it } from "vitest";
import { renderSample } from "./playground";

describe("template playground", () => {
  it("renders against a sample request like the gateway does", () => {
    const r = renderSample({
      template: '{"id": "$input.params(\'id\')", "name": $input.json(\'$.name\'), "q": "$input.params(\'q\')", "v": "$stageVariables.v", "m": "$context.httpMethod"}',
      body: '{"name": "Rex"}',
      pathParameters: { id: "7" },
      queryString: "q=dogs",
      stageVariables: { v: "blue" },
      httpMethod: "PUT",
    });
    expect(r).toMatchObject({ ok: true });
    expect(JSON.parse((r as { output: string }).output)).toEqual({ id: "7", name: "Rex", q: "dogs", v: "blue", m: "PUT" });
  });

  it("gives gateway response templates the error they describe", () => {
    const r = renderSample({
      template: '{"message":$context.error.messageString,"type":"$context.error.responseType"}',
      error: { responseType: "MISSING_AUTHENTICATION_TOKEN", message: "Missing Authentication Token" },
    });
    expect(r).toMatchObject({ ok: true });
    expect(JSON.parse((r as { output: string }).output)).toEqual({ message: "Missing Authentication Token", type: "MISSING_AUTHENTICATION_TOKEN" });
  });

  it("reports the line of a syntax error", () => {
    const r = renderSample({ template: "line one\n#if($x\nthree" });
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ phase: "compile" });
    expect((r as { line?: number }).line).toBeGreaterThanOrEqual(2);
  });

  it("reports a render failure with its line", () => {
    const r = renderSample({ template: "ok\n$util.parseJson('{bad')", body: "" });
    expect(r).toMatchObject({ ok: false, phase: "render", line: 2 });
  });

  it("returns overrides set by the template", () => {
    const r = renderSample({ template: '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Tea = "yes")' });
    expect(r).toMatchObject({ ok: true, overrides: { status: 418, responseHeaders: { "X-Tea": "yes" } } });
  });
});
