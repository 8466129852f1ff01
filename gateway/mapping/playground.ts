/**
 * The template playground: renders a mapping template against a sample request exactly as the
 * gateway would (same engine, same `$input`, `$context` and `$util`), reporting the error line
 * when it fails. Used by the console; pure apart from the clock and request ids.
 */
import { createContext } from "../runtime/create-context";
import { GATEWAY_RESPONSE_DEFAULTS, GatewayError, type GatewayResponseType } from "../runtime/errors";
import { parseQuery } from "../http/request";
import { requestMappingInput } from "./mapping-input";
import { compileTemplate, TemplateError, type RenderResult } from "./vtl";

export interface PlaygroundSample {
  template: string;
  body?: string;
  headers?: Record<string, string>;
  queryString?: string;
  pathParameters?: Record<string, string>;
  stageVariables?: Record<string, string>;
  httpMethod?: string;
  resourcePath?: string;
  apiId?: string;
  stage?: string;
  /** Gateway response templates: the error `$context.error.*` describes (type and message). */
  error?: { responseType: string; message: string };
}

export type PlaygroundResult =
  | { ok: true; output: string; overrides: RenderResult["overrides"] }
  | { ok: false; phase: "compile" | "render"; message: string; line?: number; column?: number };

export function renderSample(sample: PlaygroundSample): PlaygroundResult {
  let template;
  try {
    template = compileTemplate(sample.template);
  } catch (err) {
    const e = err as TemplateError;
    return { ok: false, phase: "compile", message: e.message, line: e.line, column: e.column };
  }
  const headers = Object.fromEntries(Object.entries(sample.headers ?? {}).map(([k, v]) => [k.toLowerCase(), [v]]));
  const rawQuery = (sample.queryString ?? "").replace(/^\?/, "");
  const ctx = createContext({
    target: { restApiId: sample.apiId ?? "playground", stageName: sample.stage ?? "test" },
    stageVariables: sample.stageVariables ?? {},
    request: {
      method: sample.httpMethod ?? "POST",
      path: sample.resourcePath ?? "/",
      rawQuery,
      query: parseQuery(rawQuery),
      headers,
      body: Buffer.from(sample.body ?? "", "utf8"),
      sourceIp: "127.0.0.1",
      protocol: "HTTP/1.1",
    },
  });
  if (sample.error && sample.error.responseType in GATEWAY_RESPONSE_DEFAULTS) {
    ctx.error = new GatewayError(sample.error.responseType as GatewayResponseType, sample.error.message);
  }
  const input = requestMappingInput(ctx);
  input.params.path = sample.pathParameters ?? {};
  try {
    const { output, overrides } = template.render(input);
    return { ok: true, output, overrides };
  } catch (err) {
    const e = err as TemplateError;
    return { ok: false, phase: "render", message: e.message, line: e.line, column: e.column };
  }
}
