/**
 * Small pieces every control-API handler uses: the request context a route handler receives,
 * JSON responses in AWS's shape, zod parsing that fails as AWS does, and the two error types
 * AWS uses that `errors.ts` does not name (ValidationException, UnknownOperationException).
 */
import "server-only";
import { z } from "zod";
import { ControlApiError, badRequest } from "../errors";
import type { Principal } from "../auth/access-keys";

export interface RouteContext {
  /** Path parameters, decoded, named as in the route pattern (`restapi_id`, `resource_id`, ...). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body ({} when the request had none). */
  body: unknown;
  principal: Principal;
}

export type RouteHandler = (ctx: RouteContext) => Promise<Response>;

const JSON_HEADERS = { "content-type": "application/json" };

/** A JSON response with AWS's status for the operation (200, 201, 202). */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** An empty response (AWS answers deletes with 202 or 204 and no body). */
export function empty(status: 202 | 204): Response {
  return new Response(null, { status });
}

/**
 * AWS's ValidationException (400): a request member breaks a constraint of the API model.
 * `errors.ts` has no such type, so the type is set here; the status stays 400.
 */
export class ValidationException extends ControlApiError {
  constructor(message: string) {
    super("ValidationException", message);
  }
}

/** `1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: ...` */
export function validationError(problems: { value: unknown; at: string; constraint: string }[]): ValidationException {
  const parts = problems.map(
    (p) => `Value ${p.value === null || p.value === undefined ? "null" : `'${String(p.value)}'`} at '${p.at}' failed to satisfy constraint: ${p.constraint}`,
  );
  const n = problems.length;
  return new ValidationException(`${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`);
}

/** 404 for a path/verb that no operation of the API serves. */
export class UnknownOperationError extends ControlApiError {
  constructor(message: string) {
    super("UnknownOperationException", message);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join(".") : "body";
  return `${where}: ${issue.message}`;
}

/** Parses a request member with zod; failures become BadRequestException like AWS's input checks. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw badRequest(`Invalid request: ${result.error.issues.map(describeIssue).join("; ")}`);
}

/** Epoch seconds, as AWS's REST-JSON protocol sends timestamps. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** Drops keys whose value is undefined, or an empty object/array when `dropEmpty` lists the key. */
export function compact<T extends Record<string, unknown>>(obj: T, dropEmpty: (keyof T)[] = []): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue;
    if (dropEmpty.includes(k as keyof T)) {
      if (Array.isArray(v) && v.length === 0) continue;
      if (typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    }
    out[k] = v;
  }
  return out as T;
}
