/**
 * What a Lambda authorizer returns, checked as API Gateway checks it ("Output from an API
 * Gateway Lambda authorizer"): a JSON object with `principalId`, `policyDocument`, an optional
 * `context` of string / number / boolean values and an optional `usageIdentifierKey`. API
 * Gateway parses it strictly (an unknown top-level member fails with Jackson's "Unrecognized
 * field ... not marked as ignorable"); every failure is an authorizer configuration error (500).
 */
import { compilePolicy, InvalidPolicyError, type CompiledPolicy } from "./policy";

export type ContextValue = string | number | boolean;

export interface AuthorizerOutput {
  principalId?: string;
  policyDocument: unknown;
  policy: CompiledPolicy;
  context: Record<string, ContextValue>;
  usageIdentifierKey?: string;
}

export class InvalidAuthorizerOutputError extends Error {}

const MEMBERS = new Set(["principalId", "policyDocument", "context", "usageIdentifierKey"]);

function invalid(detail: string): InvalidAuthorizerOutputError {
  return new InvalidAuthorizerOutputError(`Invalid JSON in response: ${detail}`);
}

function parseContext(value: unknown): Record<string, ContextValue> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("context must be a JSON object");
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    // The guide: "you cannot set a JSON object or array as a valid value of any key in the context map".
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw invalid(`context value of ${k} must be a string, number or boolean`);
    out[k] = v;
  }
  return out;
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw invalid(`${field} must be a string`);
}

/** Parses the function's answer (JSON text). Throws InvalidAuthorizerOutputError. */
export function parseAuthorizerOutput(payload: string): AuthorizerOutput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw invalid("not JSON");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw invalid("not a JSON object");
  const out = parsed as Record<string, unknown>;
  for (const key of Object.keys(out)) if (!MEMBERS.has(key)) throw invalid(`Unrecognized field "${key}" , not marked as ignorable`);
  if (out.policyDocument === undefined || out.policyDocument === null) throw invalid("policyDocument is missing");
  let policy: CompiledPolicy;
  try {
    policy = compilePolicy(out.policyDocument);
  } catch (err) {
    if (err instanceof InvalidPolicyError) throw invalid(`invalid policyDocument: ${err.message}`);
    throw err;
  }
  return {
    principalId: optionalString(out.principalId, "principalId"),
    policyDocument: out.policyDocument,
    policy,
    context: parseContext(out.context),
    usageIdentifierKey: optionalString(out.usageIdentifierKey, "usageIdentifierKey"),
  };
}

/** The output as cached: only what a later request needs, re-parsed (and re-checked) on a hit. */
export function serializeAuthorizerOutput(o: AuthorizerOutput): string {
  return JSON.stringify({ principalId: o.principalId, policyDocument: o.policyDocument, context: o.context, usageIdentifierKey: o.usageIdentifierKey });
}
