/**
 * API Gateway (REST) mapping templates: Velocity Template Language over the request or
 * integration response, producing the same bytes AWS produces for the same template.
 *
 *   const t = compileTemplate(source);   // once, at deployment load; throws TemplateError
 *   const { output, overrides } = t.render(input);  // per request; throws TemplateError
 *
 * Layout: engine.ts (velocityjs subclass: evaluation, limits, whitespace), values.ts (the Java
 * value model and how it prints), java-methods.ts (String/Map/List methods), json.ts and
 * jsonpath.ts ($input.json / $input.path), input.ts ($input), util.ts ($util).
 *
 * AWS behaviour reproduced, with sources (details next to the code):
 * - Maps print `{a=1, b=x}`, JSON arrays print as compact JSON `[{"foo":"bar"}]`, lists made in
 *   VTL print `[1, 2]`: LocalStack's AWS-recorded snapshot test_input_path_template_formatting.
 * - A reference whose value is null/missing prints "" and equals both `$null` and `""`
 *   (same snapshot: `"body": $result` → `"body": `), so `$foo` prints "", not `$foo`.
 * - `$input.body` of an empty body is `{}` (snapshot test_input_body_formatting); the same `{}` is
 *   what `$input.json('$')` (→ `{}`) and `$input.path` read.
 * - `$input.json` of a missing path is `""` (LocalStack PR #12774, checked in the AWS console).
 * - Numbers: Integer prints digits, Double prints Double.toString (`10.00` → `10.0`): the AWS
 *   reference recommends `$input.body` "for preserving entire floating point numbers such as 10.00".
 * - `$util.escapeJavaScript` is commons-lang's escapeJavaScript (the AWS wording is its javadoc),
 *   `'` → `\'` as the AWS page warns.
 * - #foreach runs at most 1,000 iterations (API Gateway quotas table), overrides apply once
 *   ("Overrides are final"), a multi-value header override is comma-joined (override tutorial log).
 * - The PetStore "flattenall" example of the developer guide renders byte-for-byte as published.
 */
import { DEFAULT_LIMITS, Renderer, prepareProgram, type Limits, type Program } from "./engine";
import { TemplateError, VtlRuntimeError } from "./errors";
import { InputObject } from "./input";
import { UtilObject } from "./util";
import { JDouble, JMap, fromHost, toJavaString } from "./values";

export { TemplateError, type TemplateErrorKind } from "./errors";
export { DEFAULT_LIMITS, type Limits } from "./engine";

export interface MappingInput {
  /** Raw request (or integration response) body as text; "" when empty. */
  body: string;
  params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
  /** Accepted for callers' convenience; API Gateway templates have no multi-value accessor. */
  multiValueParams?: { querystring: Record<string, string[]>; header: Record<string, string[]> };
  /**
   * `$context`. May carry `requestOverride` / `responseOverride` from an earlier template of the
   * same request (AWS passes overrides set in the request template on to the response template).
   */
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

export interface RenderResult {
  output: string;
  overrides: {
    status?: number;
    responseHeaders: Record<string, string>;
    requestHeaders: Record<string, string>;
    requestQuerystring: Record<string, string>;
    requestPath: Record<string, string>;
  };
}

export interface CompiledTemplate {
  source: string;
  render(input: MappingInput): RenderResult;
}

/**
 * A `$context.requestOverride.*` / `$context.responseOverride.*` map. "Overrides are final. An
 * override may only be applied to each parameter once. Trying to override the same parameter
 * multiple times will result in 5XX responses from Amazon API Gateway." (AWS developer guide,
 * "Use a mapping template to override an API's request and response parameters and status codes").
 */
class OverrideMap extends JMap {
  private readonly assigned = new Set<unknown>();
  tracking = false;

  override set(key: unknown, value: unknown): this {
    if (this.tracking) {
      if (this.assigned.has(key)) {
        throw new VtlRuntimeError(`override '${toJavaString(key)}' was already set in this template; an override may only be applied once`, "override");
      }
      this.assigned.add(key);
    }
    return super.set(key, value);
  }
}

function overrideMap(seed: unknown, nested: string[]): OverrideMap {
  const m = new OverrideMap();
  const from = fromHost(seed);
  if (from instanceof JMap) for (const [k, v] of from) if (!nested.includes(k as string)) m.set(k, v);
  for (const name of nested) {
    const inner = new OverrideMap();
    const src = from instanceof JMap ? from.get(name) : undefined;
    if (src instanceof JMap) for (const [k, v] of src) inner.set(k, v);
    m.set(name, inner);
  }
  return m;
}

function track(m: OverrideMap): void {
  m.tracking = true;
  for (const v of m.values()) if (v instanceof OverrideMap) v.tracking = true;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(v instanceof JMap)) return out;
  for (const [k, val] of v) {
    if (val === null || val === undefined) continue;
    // A list value becomes a multi-value header, which API Gateway sends comma-joined
    // (the developer guide's override tutorial logs `multivalueheader=foo,header1Valheader2Val`).
    out[toJavaString(k)] = Array.isArray(val) ? val.map((e) => toJavaString(e)).join(",") : toJavaString(val);
  }
  return out;
}

function statusOf(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : v instanceof JDouble ? v.value : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? parseInt(v, 10) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

class Template implements CompiledTemplate {
  /**
   * Converting `$context` into the Java value model is the largest fixed cost of a render; a
   * template that never mentions it (most response templates) skips that work.
   */
  private readonly usesContext: boolean;

  constructor(
    readonly source: string,
    private readonly program: Program,
  ) {
    this.usesContext = source.includes("context");
  }

  render(input: MappingInput): RenderResult {
    const ctx = this.usesContext ? fromHost(input.context ?? {}) : null;
    const contextMap = ctx instanceof JMap ? ctx : new JMap();
    const responseOverride = overrideMap(contextMap.get("responseOverride"), ["header"]);
    const requestOverride = overrideMap(contextMap.get("requestOverride"), ["header", "path", "querystring"]);
    contextMap.set("responseOverride", responseOverride);
    contextMap.set("requestOverride", requestOverride);
    track(responseOverride);
    track(requestOverride);

    const vars: Record<string, unknown> = Object.create(null);
    vars.input = new InputObject(input.body ?? "", input.params ?? { path: {}, querystring: {}, header: {} });
    vars.context = contextMap;
    vars.stageVariables = fromHost(input.stageVariables ?? {});
    vars.util = new UtilObject();

    const renderer = new Renderer(this.program);
    let output: string;
    try {
      output = renderer.run(vars);
    } catch (e) {
      throw toTemplateError(e, renderer.pos);
    }
    return {
      output,
      overrides: {
        status: statusOf(responseOverride.get("status")),
        responseHeaders: stringMap(responseOverride.get("header")),
        requestHeaders: stringMap(requestOverride.get("header")),
        requestQuerystring: stringMap(requestOverride.get("querystring")),
        requestPath: stringMap(requestOverride.get("path")),
      },
    };
  }
}

function toTemplateError(e: unknown, pos: { first_line: number; first_column: number } | undefined): TemplateError {
  if (e instanceof TemplateError) return e;
  const line = pos?.first_line;
  const column = pos ? pos.first_column + 1 : undefined;
  if (e instanceof VtlRuntimeError) return new TemplateError(e.message, e.kind, line, column);
  if (e instanceof RangeError) return new TemplateError(`template evaluation too deep: ${e.message}`, "limit", line, column);
  return new TemplateError(`template evaluation failed: ${(e as Error)?.message ?? String(e)}`, "runtime", line, column);
}

/** Parses once; the result renders any number of times. Throws TemplateError on a syntax error. */
export function compileTemplate(source: string, limits: Partial<Limits> = {}): CompiledTemplate {
  const program = prepareProgram(source, { ...DEFAULT_LIMITS, ...limits });
  return new Template(source, program);
}
