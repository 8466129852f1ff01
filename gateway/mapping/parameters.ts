/**
 * Parameter mapping (`requestParameters` of an integration, `responseParameters` of an
 * integration response or gateway response), as in AWS's "Parameter mapping source reference
 * for REST APIs". Each `target: source` pair is compiled once per deployment into a small
 * function; a request only evaluates them. A source with no value leaves its target unset.
 */
import { evaluateJsonPath } from "./vtl/jsonpath";
import { parseJavaJson } from "./vtl/json";
import { toJsonSmart } from "./vtl/values";

/** What mapping sources read from. Bodies and $context are computed lazily, at most once. */
export interface MappingSources {
  pathParameters?: Record<string, string>;
  query?: Record<string, string[]>;
  headers?: Record<string, string[]>;
  body?: () => string;
  context?: () => Record<string, unknown>;
  stageVariables: Record<string, string>;
  responseHeaders?: Record<string, string[]>;
  responseBody?: () => string;
}

export type Location = "path" | "querystring" | "header" | "multivaluequerystring" | "multivalueheader";
export type MappedValue = string | string[] | undefined;
type Source = (s: MappingSources) => MappedValue;

export interface CompiledMapping {
  location: Location;
  name: string;
  source: Source;
  expression: string;
}

export class MappingExpressionError extends Error {}

const last = (v: string[] | undefined) => (v && v.length ? v[v.length - 1] : undefined);

function jsonPathOf(bodyOf: (s: MappingSources) => string | undefined, path: string): Source {
  return (s) => {
    const text = bodyOf(s);
    if (!text) return undefined;
    let value: unknown;
    try {
      value = evaluateJsonPath(parseJavaJson(text), path);
    } catch {
      return undefined; // a body that is not JSON maps to nothing, as on AWS
    }
    if (value === null || value === undefined) return undefined;
    return typeof value === "string" ? value : toJsonSmart(value, false);
  };
}

function contextPath(path: string[]): Source {
  return (s) => {
    let v: unknown = s.context?.();
    for (const p of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
    return v === undefined || v === null ? undefined : typeof v === "object" ? JSON.stringify(v) : String(v);
  };
}

/** Compiles one source expression. `side` limits which sources are allowed, as AWS does. */
export function compileSource(expression: string, side: "request" | "response"): Source {
  const literal = /^'(.*)'$/s.exec(expression);
  if (literal) {
    const value = literal[1];
    return () => value;
  }
  const stage = /^stageVariables\.([A-Za-z0-9_]+)$/.exec(expression);
  if (stage) return (s) => s.stageVariables[stage[1]];
  if (expression.startsWith("context.")) return contextPath(expression.slice(8).split("."));
  if (side === "request") {
    const m = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/.exec(expression);
    if (m) {
      const [, where, name] = m;
      const lname = name.toLowerCase();
      switch (where) {
        case "path":
          return (s) => s.pathParameters?.[name];
        case "querystring":
          return (s) => last(s.query?.[name]);
        case "multivaluequerystring":
          return (s) => s.query?.[name];
        case "header":
          return (s) => last(s.headers?.[lname]);
        default:
          return (s) => s.headers?.[lname];
      }
    }
    if (expression === "method.request.body") return (s) => s.body?.();
    const body = /^method\.request\.body\.(.+)$/.exec(expression);
    if (body) return jsonPathOf((s) => s.body?.(), `$.${body[1]}`);
  } else {
    const h = /^integration\.response\.(header|multivalueheader)\.(.+)$/.exec(expression);
    if (h) {
      const name = h[2].toLowerCase();
      return h[1] === "header" ? (s) => last(s.responseHeaders?.[name]) : (s) => s.responseHeaders?.[name];
    }
    if (expression === "integration.response.body") return (s) => s.responseBody?.();
    const body = /^integration\.response\.body\.(.+)$/.exec(expression);
    if (body) return jsonPathOf((s) => s.responseBody?.(), `$.${body[1]}`);
    const req = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(expression);
    if (req) return compileSource(expression, "request"); // gateway responses may map request values
  }
  throw new MappingExpressionError(`Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression specified: ${expression}]`);
}

const TARGETS = {
  request: /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/,
  response: /^method\.response\.(header|multivalueheader)\.(.+)$/,
  gateway: /^gatewayresponse\.(header)\.(.+)$/,
};

export function compileMappings(params: Record<string, string> | undefined, kind: keyof typeof TARGETS): CompiledMapping[] {
  const out: CompiledMapping[] = [];
  for (const [target, expression] of Object.entries(params ?? {})) {
    const m = TARGETS[kind].exec(target);
    if (!m) throw new MappingExpressionError(`Invalid mapping expression specified: ${target}`);
    out.push({
      location: m[1] as Location,
      name: m[1].includes("header") ? m[2].toLowerCase() : m[2],
      source: compileSource(expression, kind === "request" ? "request" : "response"),
      expression,
    });
  }
  return out;
}

/** Evaluates compiled mappings into `{ location: { name: values } }`. */
export function applyMappings(mappings: CompiledMapping[], sources: MappingSources): Record<Location, Record<string, string[]>> {
  const out: Record<Location, Record<string, string[]>> = { path: {}, querystring: {}, header: {}, multivaluequerystring: {}, multivalueheader: {} };
  for (const m of mappings) {
    const v = m.source(sources);
    if (v === undefined) continue;
    out[m.location][m.name] = Array.isArray(v) ? v : [v];
  }
  return out;
}
