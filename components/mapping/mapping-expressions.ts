/**
 * Parameter mapping expressions as API Gateway accepts them (developer guide, "Parameter mapping
 * source reference for REST APIs"), checked in the browser before saving, with the suggestions
 * the editors offer. The server compiles them again with the gateway's own compiler.
 */

export type MappingKind = "request" | "response" | "gateway";

export const TARGET_PREFIX: Record<MappingKind, string> = {
  request: "integration.request.",
  response: "method.response.header.",
  gateway: "gatewayresponse.header.",
};

export const REQUEST_TARGET_LOCATIONS = [
  { value: "header", label: "Header" },
  { value: "querystring", label: "Query string" },
  { value: "path", label: "Path" },
  { value: "multivalueheader", label: "Header (multi)" },
  { value: "multivaluequerystring", label: "Query (multi)" },
] as const;

const NAME = /^[^\s]+$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Checks a mapping source; returns a message saying what is accepted when it is not. */
export function validateSource(source: string, kind: MappingKind): string | undefined {
  const s = source.trim();
  if (!s) return "Enter a source.";
  if (/^'.*'$/s.test(s)) return undefined;
  if (s.startsWith("'")) return "A literal value is wrapped in single quotes: 'value'.";
  if (/^stageVariables\.[A-Za-z0-9_]+$/.test(s)) return undefined;
  if (s.startsWith("stageVariables.")) return "Stage variable names use letters, digits and underscores.";
  if (/^context\.[A-Za-z0-9_.]+$/.test(s)) return undefined;
  if (kind === "request" || kind === "gateway") {
    if (/^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.\S+$/.test(s)) return undefined;
    if (kind === "request" && (s === "method.request.body" || /^method\.request\.body\.\S+$/.test(s))) return undefined;
    return kind === "request"
      ? "Use method.request.path|querystring|header.NAME, method.request.body[.path], context.NAME, stageVariables.NAME or a 'literal'."
      : "Use method.request.path|querystring|header.NAME, context.NAME, stageVariables.NAME or a 'literal'.";
  }
  if (/^integration\.response\.(header|multivalueheader)\.\S+$/.test(s)) return undefined;
  if (s === "integration.response.body" || /^integration\.response\.body\.\S+$/.test(s)) return undefined;
  return "Use integration.response.header.NAME, integration.response.body[.path], context.NAME, stageVariables.NAME or a 'literal'.";
}

/** Checks the name part of a target (after the prefix). */
export function validateTargetName(name: string, location: string): string | undefined {
  const n = name.trim();
  if (!n) return "Enter a name.";
  if (location.includes("header") && !HEADER_NAME.test(n)) return "Not a valid header name.";
  if (!NAME.test(n)) return "Names cannot contain spaces.";
  return undefined;
}

export interface SourceContext {
  /** The method's declared request parameters (`method.request.querystring.q`: required). */
  methodParameters?: Record<string, boolean>;
  /** Path parameters of the resource (`petId`, `proxy`). */
  pathParameters?: string[];
}

const CONTEXT_SUGGESTIONS = [
  "context.requestId",
  "context.extendedRequestId",
  "context.apiId",
  "context.stage",
  "context.resourcePath",
  "context.httpMethod",
  "context.requestTime",
  "context.requestTimeEpoch",
  "context.identity.sourceIp",
  "context.identity.userAgent",
];

/** Sources to suggest for a mapping of the given kind, best first. */
export function sourceSuggestions(kind: MappingKind, ctx: SourceContext = {}): string[] {
  const out: string[] = [];
  if (kind === "request" || kind === "gateway") {
    for (const p of ctx.pathParameters ?? []) out.push(`method.request.path.${p}`);
    for (const k of Object.keys(ctx.methodParameters ?? {})) if (!out.includes(k)) out.push(k);
    if (!out.some((s) => s.startsWith("method.request.querystring."))) out.push("method.request.querystring.NAME");
    if (!out.some((s) => s.startsWith("method.request.header."))) out.push("method.request.header.NAME");
    if (kind === "request") out.push("method.request.body", "method.request.body.JSONPATH");
  } else {
    out.push("integration.response.header.NAME", "integration.response.body", "integration.response.body.JSONPATH");
  }
  out.push(...CONTEXT_SUGGESTIONS, "stageVariables.NAME", "'literal value'");
  return out;
}

/** `method.request.querystring.q` → `{ location: "querystring", name: "q" }` for the method-request sources a mapping reads. */
export function methodRequestSource(source: string): { location: string; name: string } | undefined {
  const m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(source.trim());
  if (!m) return undefined;
  return { location: m[1].replace("multivalue", ""), name: m[2] };
}

/** The declared method parameter a source needs, if it is not declared yet (multi-value sources accept the single declaration). */
export function undeclaredMethodParameter(source: string, declared: Record<string, boolean> | undefined): string | undefined {
  const m = methodRequestSource(source);
  if (!m) return undefined;
  const isHeader = m.location === "header";
  const found = Object.keys(declared ?? {}).some((key) => {
    const d = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
    if (!d || d[1].replace("multivalue", "") !== m.location) return false;
    return isHeader ? d[2].toLowerCase() === m.name.toLowerCase() : d[2] === m.name;
  });
  return found ? undefined : `method.request.${m.location}.${m.name}`;
}

/** A problem the server reported, routed to the field it is about. */
export interface ServerProblem {
  /** The template's content type when the message is about a mapping template. */
  contentType?: string;
  /** The mapping expression (a source or a target) the message names. */
  expression?: string;
  line?: number;
  column?: number;
  message: string;
}

/**
 * Reads a control-API error message and says which field it concerns:
 * "Invalid mapping template for application/json in integration request: ... (line 3, column 5)"
 * and "... errors : [Invalid mapping expression specified: method.request.x]".
 */
export function parseServerProblem(message: string): ServerProblem {
  const tpl = /^Invalid mapping template for (\S+) in [^:]+: ([\s\S]*)$/.exec(message);
  if (tpl) {
    const pos = /\(line (\d+)(?:, column (\d+))?\)\s*$/.exec(tpl[2]);
    return {
      contentType: tpl[1],
      message: tpl[2],
      line: pos ? Number(pos[1]) : undefined,
      column: pos?.[2] ? Number(pos[2]) : undefined,
    };
  }
  const ct = /Invalid content type specified: ([^\]]+)\]/.exec(message);
  if (ct) return { contentType: ct[1].trim(), message: `Not a media type: ${ct[1].trim()}` };
  const expr = /Invalid mapping expression (?:parameter )?specified: ([^\]]+)\]\s*$/.exec(message);
  if (expr) return { expression: expr[1].trim(), message };
  return { message };
}

/** `type/subtype` with optional parameters, as the server accepts template content types. */
export const MEDIA_TYPE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+\/[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*;.*)?$/;

export const CONTENT_TYPE_SUGGESTIONS = [
  "application/json",
  "application/x-www-form-urlencoded",
  "application/xml",
  "text/plain",
  "text/html",
  "multipart/form-data",
];
