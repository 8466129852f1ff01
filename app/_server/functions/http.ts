/**
 * The Lambda API's HTTP pieces: the request context handlers get, JSON answers, input parsing that
 * fails with Lambda's InvalidParameterValueException, and every error as Lambda's REST-JSON error
 * (status, `x-amzn-ErrorType`, `{"Type": "User", "message": ...}`). Authentication errors keep
 * the control API's shape, which is the one AWS's signature checks share.
 */
import "server-only";
import { z } from "zod";
import { LambdaError } from "@/gateway/functions/errors";
import { ControlApiError, errorResponse } from "../errors";
import type { Principal } from "../auth/access-keys";

export interface LambdaRouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  /** The raw request body (Invoke's payload); `body` is it parsed as JSON ({} when empty). */
  bodyText: string;
  body: unknown;
  principal: Principal;
  /** The origin the client used, for URLs in answers (GetFunction's Code.Location). */
  origin: string;
}

export type LambdaHandler = (ctx: LambdaRouteContext) => Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function lambdaErrorResponse(err: unknown): Response {
  if (err instanceof LambdaError) {
    const headers: Record<string, string> = { "content-type": "application/json", "x-amzn-ErrorType": err.type };
    if (err.extra.retryAfterSeconds !== undefined) headers["Retry-After"] = String(err.extra.retryAfterSeconds);
    return new Response(JSON.stringify(err.body()), { status: err.status, headers });
  }
  if (err instanceof ControlApiError) return errorResponse(err);
  console.error("[lambda-api]", err);
  const e = new LambdaError("ServiceException", "An internal error occurred.");
  return new Response(JSON.stringify(e.body()), { status: 500, headers: { "content-type": "application/json", "x-amzn-ErrorType": e.type } });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map(String).join(".") : "body";
  return `${where}: ${issue.message}`;
}

/** Parses input with zod; failures are InvalidParameterValueException, as Lambda's checks are. */
export function parseLambdaInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new LambdaError("InvalidParameterValueException", `Invalid request: ${result.error.issues.map(describeIssue).join("; ")}`);
}

/** Lambda's timestamp format: `2024-05-01T12:00:00.000+0000`. */
export function lambdaTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+0000");
}

/** Marker paging: `Marker` (opaque) and `MaxItems` (1–10000, default 50). */
export function page<T>(items: T[], query: URLSearchParams): { items: T[]; nextMarker?: string } {
  const rawMax = query.get("MaxItems");
  const max = rawMax ? Number(rawMax) : 50;
  if (!Number.isInteger(max) || max < 1 || max > 10_000) {
    throw new LambdaError("InvalidParameterValueException", "MaxItems must be between 1 and 10000");
  }
  const marker = query.get("Marker");
  let start = 0;
  if (marker) {
    const m = /^o:(\d+)$/.exec(Buffer.from(marker, "base64url").toString("utf8"));
    if (!m) throw new LambdaError("InvalidParameterValueException", "Invalid Marker");
    start = Number(m[1]);
  }
  const slice = items.slice(start, start + max);
  const next = start + max;
  return next < items.length ? { items: slice, nextMarker: Buffer.from(`o:${next}`).toString("base64url") } : { items: slice };
}
