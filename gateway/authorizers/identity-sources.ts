/**
 * An authorizer's `identitySource`, parsed once: where each identity value is read from a
 * request. A TOKEN authorizer names one header (AWS: `method.request.header.[a-zA-Z0-9._-]+`); a
 * REQUEST authorizer a comma list of headers, query strings, stage variables and `$context`
 * variables. The control API validates with the same parser the gateway reads with.
 */
import { contextVariables } from "../mapping/context-variables";
import type { InvocationContext } from "../runtime/context";

export interface IdentitySource {
  expression: string;
  /** The value in this request; undefined when absent. */
  read(ctx: InvocationContext): string | undefined;
}

export const TOKEN_SOURCE = /^method\.request\.header\.([a-zA-Z0-9._-]+)$/;
const QUERY_SOURCE = /^method\.request\.querystring\.(.+)$/;
const STAGE_VARIABLE_SOURCE = /^stageVariables\.([A-Za-z0-9_]+)$/;
const CONTEXT_SOURCE = /^context\.([A-Za-z0-9_.-]+)$/;

const last = (values: string[] | undefined) => (values && values.length ? values[values.length - 1] : undefined);

function headerSource(expression: string, name: string): IdentitySource {
  const key = name.toLowerCase();
  return { expression, read: (ctx) => last(ctx.request.headers[key]) };
}

/** One expression of a REQUEST authorizer's list; null when it names no place API Gateway reads. */
export function parseRequestSource(expression: string): IdentitySource | null {
  const header = TOKEN_SOURCE.exec(expression);
  if (header) return headerSource(expression, header[1]);
  const query = QUERY_SOURCE.exec(expression);
  if (query) return { expression, read: (ctx) => last(ctx.request.query[query[1]]) };
  const variable = STAGE_VARIABLE_SOURCE.exec(expression);
  if (variable) return { expression, read: (ctx) => ctx.stageVariables[variable[1]] };
  const context = CONTEXT_SOURCE.exec(expression);
  if (context) {
    const path = context[1].split(".");
    return {
      expression,
      read(ctx) {
        let v: unknown = contextVariables(ctx);
        for (const p of path) v = v && typeof v === "object" ? (v as Record<string, unknown>)[p] : undefined;
        return v === undefined || v === null || typeof v === "object" ? undefined : String(v);
      },
    };
  }
  return null;
}

/** The TOKEN authorizer's header; null when the expression is not a method request header. */
export function parseTokenSource(expression: string): IdentitySource | null {
  const header = TOKEN_SOURCE.exec(expression.trim());
  return header ? headerSource(expression.trim(), header[1]) : null;
}

/** Splits AWS's comma-separated list (spaces around commas are allowed). */
export function splitIdentitySources(identitySource: string | undefined): string[] {
  return (identitySource ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
