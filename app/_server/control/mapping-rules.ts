/**
 * Put-time checks of parameter mappings and mapping templates, shared by integrations,
 * integration responses and gateway responses. The expressions and templates are compiled with
 * the gateway's own compilers (gateway/mapping/parameters.ts, gateway/mapping/vtl), so whatever
 * is accepted here is exactly what the gateway can serve, and bad input is refused before
 * anything is stored.
 *
 * AWS facts reproduced here:
 * - A bad expression answers 400 BadRequestException "Invalid mapping expression specified:
 *   Validation Result: warnings : [], errors : [Invalid mapping expression specified: <expr>]"
 *   (seen in aws-cdk#20274 for a gateway response value `test-value`, and in the LocalStack
 *   snapshot recorded against AWS for a method request parameter named `true`).
 * - A `method.request.*` source that the method does not declare, or a `method.response.header.*`
 *   target that the method response does not declare, answers "... errors : [Invalid mapping
 *   expression parameter specified: <name>]" (aws-cdk#17318, aws-apigateway-importer#209).
 * - A template keyed by something that is not a media type answers "Validation Result: warnings :
 *   [], errors : [Invalid content type specified: 123]" (LocalStack snapshot recorded against AWS).
 * - Mapping templates are limited to 300 KB (API Gateway quotas for REST APIs).
 */
import "server-only";
import { compileMappings, MappingExpressionError } from "@/gateway/mapping/parameters";
import { compileTemplate, TemplateError } from "@/gateway/mapping/vtl";
import { badRequest } from "../errors";

const LONG_PREFIX = "Invalid mapping expression specified: Validation Result:";

/** AWS's long form: `Invalid mapping expression specified: Validation Result: warnings : [], errors : [<inner>]`. */
export function mappingExpressionError(inner: string) {
  return badRequest(`Invalid mapping expression specified: Validation Result: warnings : [], errors : [${inner}]`);
}

function fromCompileError(err: unknown): never {
  if (err instanceof MappingExpressionError) {
    throw err.message.startsWith(LONG_PREFIX) ? badRequest(err.message) : mappingExpressionError(err.message);
  }
  throw err;
}

export type MappingKind = "request" | "response" | "gateway";

/** Compiles every `target: source` pair as the gateway will; a bad one is a 400. */
export function checkMappingExpressions(params: Record<string, string> | undefined, kind: MappingKind): void {
  if (!params) return;
  for (const [target, source] of Object.entries(params)) {
    if (typeof source !== "string" || source === "") {
      throw mappingExpressionError(`Invalid mapping expression specified: ${source ?? "null"}`);
    }
    // Gateway responses have no integration response to read from: only request values,
    // stage variables, $context and literals (developer guide, "Set up gateway responses").
    if (kind === "gateway" && source.startsWith("integration.")) {
      throw mappingExpressionError(`Invalid mapping expression specified: ${source}`);
    }
    try {
      compileMappings({ [target]: source }, kind);
    } catch (err) {
      fromCompileError(err);
    }
  }
}

const METHOD_REQUEST_SOURCE = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/;

/** The declared name a `method.request.*` source needs: multi-value sources accept the single-value declaration too. */
function isDeclared(location: string, name: string, declared: Record<string, boolean>): boolean {
  const candidates =
    location === "multivaluequerystring"
      ? ["multivaluequerystring", "querystring"]
      : location === "multivalueheader"
        ? ["multivalueheader", "header"]
        : location === "querystring"
          ? ["querystring", "multivaluequerystring"]
          : location === "header"
            ? ["header", "multivalueheader"]
            : [location];
  const isHeader = location.endsWith("header");
  return Object.keys(declared).some((key) => {
    const m = METHOD_REQUEST_SOURCE.exec(key);
    if (!m || !candidates.includes(m[1])) return false;
    // Header names are case-insensitive on the wire.
    return isHeader ? m[2].toLowerCase() === name.toLowerCase() : m[2] === name;
  });
}

/**
 * Integration request parameters: each must compile, and each `method.request.{location}.{name}`
 * source must be declared in the method's requestParameters, as AWS requires.
 */
export function checkIntegrationRequestParameters(
  params: Record<string, string> | undefined,
  methodRequestParameters: Record<string, boolean> | undefined,
): void {
  checkMappingExpressions(params, "request");
  for (const source of Object.values(params ?? {})) {
    const m = METHOD_REQUEST_SOURCE.exec(source);
    if (m && !isDeclared(m[1], m[2], methodRequestParameters ?? {})) {
      throw mappingExpressionError(`Invalid mapping expression parameter specified: ${source}`);
    }
  }
}

/**
 * Integration response parameters: each must compile, and each `method.response.header.{name}`
 * target must be declared in the method response's responseParameters, as AWS requires.
 */
export function checkIntegrationResponseParameters(
  params: Record<string, string> | undefined,
  methodResponseParameters: Record<string, boolean> | undefined,
): void {
  checkMappingExpressions(params, "response");
  const declared = Object.keys(methodResponseParameters ?? {}).map((k) => k.toLowerCase());
  for (const target of Object.keys(params ?? {})) {
    const m = /^method\.response\.(header|multivalueheader)\.(.+)$/.exec(target);
    if (m && !declared.includes(`method.response.header.${m[2]}`.toLowerCase())) {
      throw mappingExpressionError(`Invalid mapping expression parameter specified: ${target}`);
    }
  }
}

/** `type/subtype`, optionally with parameters (`application/json; charset=utf-8`), or a wildcard. */
const MEDIA_TYPE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+\/[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*;.*)?$/;

export const MAX_TEMPLATE_BYTES = 300 * 1024;

/**
 * Mapping templates by content type: the key must be a media type, the template at most 300 KB,
 * and it must parse. A template that does not parse is refused with the parser's message and
 * the line (and column) it stopped at.
 */
export function checkTemplates(templates: Record<string, string> | undefined, where: string): void {
  for (const [contentType, source] of Object.entries(templates ?? {})) {
    if (!MEDIA_TYPE.test(contentType)) {
      throw badRequest(`Validation Result: warnings : [], errors : [Invalid content type specified: ${contentType}]`);
    }
    const text = source ?? "";
    if (Buffer.byteLength(text, "utf8") > MAX_TEMPLATE_BYTES) {
      throw badRequest(`Invalid mapping template for ${contentType} in ${where}: mapping templates are limited to 300 KB`);
    }
    try {
      compileTemplate(text);
    } catch (err) {
      if (err instanceof TemplateError) {
        throw badRequest(`Invalid mapping template for ${contentType} in ${where}: ${err.message}`);
      }
      throw err;
    }
  }
}

/** A selection pattern must be a regular expression the gateway can compile. */
export function checkSelectionPattern(pattern: string | undefined): void {
  if (pattern === undefined || pattern === "") return;
  try {
    new RegExp(`^(?:${pattern})$`);
  } catch (err) {
    throw badRequest(`Invalid selection pattern specified: ${pattern} (${(err as Error).message})`);
  }
}
