/**
 * The values a request contributes to its cache key: one reader per entry of the integration's
 * cacheKeyParameters, compiled once per stage load. AWS names method request parameters there
 * (`method.request.querystring.type`, `method.request.path.petId`, `method.request.header.Accept`);
 * integration request parameters (`integration.request.header.x`) are read through the
 * integration's own mapping (a method request parameter, a 'static' value or a stage variable).
 * Anything else contributes nothing.
 */
import type { Integration } from "../model/api-types";
import type { InvocationContext } from "../runtime/context";

export type KeyPart = (ctx: InvocationContext) => string | string[] | null;

function methodParameter(location: string, name: string): KeyPart | null {
  switch (location) {
    case "path":
      return (ctx) => ctx.route?.pathParameters[name] ?? null;
    case "querystring":
    case "multivaluequerystring":
      return (ctx) => ctx.request.query[name] ?? null;
    case "header":
    case "multivalueheader": {
      const lower = name.toLowerCase();
      return (ctx) => ctx.request.headers[lower] ?? null;
    }
    default:
      return null;
  }
}

function fromExpression(expression: string): KeyPart | null {
  const m = /^method\.request\.([a-z]+)\.(.+)$/.exec(expression);
  if (m) return methodParameter(m[1], m[2]);
  const literal = /^'(.*)'$/s.exec(expression);
  if (literal) {
    const value = literal[1];
    return () => value;
  }
  const variable = /^stageVariables\.(.+)$/.exec(expression);
  if (variable) {
    const name = variable[1];
    return (ctx) => ctx.stageVariables[name] ?? null;
  }
  return null;
}

export function keyPartsOf(integration: Integration | undefined): KeyPart[] {
  const parts: KeyPart[] = [];
  for (const parameter of integration?.cacheKeyParameters ?? []) {
    const source = parameter.startsWith("integration.request.") ? integration?.requestParameters?.[parameter] : parameter;
    const part = source ? fromExpression(source) : null;
    if (part) parts.push(part);
  }
  return parts;
}
