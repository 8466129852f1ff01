/**
 * The IAM policy a Lambda authorizer returns, evaluated as API Gateway evaluates it against the
 * request's method ARN: an explicit Deny that matches wins, then a matching Allow; anything else
 * is an implicit deny. `Resource`/`NotResource` are ARN globs (`*` any run of characters, `?`
 * one character, case-sensitive); `Action`/`NotAction` match `execute-api:Invoke`
 * case-insensitively, as IAM matches actions. Compiled once per authorizer result (a cached
 * result is evaluated again for every request's method ARN, as AWS does).
 */

export type PolicyDecision = "allow" | "explicit-deny" | "implicit-deny";

export interface CompiledPolicy {
  decide(methodArn: string): PolicyDecision;
}

export class InvalidPolicyError extends Error {}

interface CompiledStatement {
  effect: "Allow" | "Deny";
  matches(methodArn: string): boolean;
}

const ACTION = "execute-api:Invoke";

/** Glob → RegExp, memoized: the same few resource patterns come back with every cached result. */
const patterns = new Map<string, RegExp>();

export function globPattern(glob: string, flags = ""): RegExp {
  const key = `${flags}:${glob}`;
  let re = patterns.get(key);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, `s${flags}`);
    if (patterns.size > 5000) patterns.clear(); // bounded: policies are user data
    patterns.set(key, re);
  }
  return re;
}

function stringList(value: unknown, field: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== "string")) throw new InvalidPolicyError(`${field} must be a string or a list of strings`);
  return list as string[];
}

function compileStatement(raw: unknown, i: number): CompiledStatement | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new InvalidPolicyError(`Statement ${i + 1} is not an object`);
  const s = raw as Record<string, unknown>;
  if (s.Effect !== "Allow" && s.Effect !== "Deny") throw new InvalidPolicyError(`Statement ${i + 1}: Effect must be Allow or Deny`);
  const effect = s.Effect;
  const hasAction = s.Action !== undefined;
  if (hasAction === (s.NotAction !== undefined)) throw new InvalidPolicyError(`Statement ${i + 1}: exactly one of Action and NotAction is required`);
  const hasResource = s.Resource !== undefined;
  if (hasResource === (s.NotResource !== undefined)) throw new InvalidPolicyError(`Statement ${i + 1}: exactly one of Resource and NotResource is required`);
  const actions = stringList(hasAction ? s.Action : s.NotAction, hasAction ? "Action" : "NotAction").map((a) => globPattern(a, "i"));
  const resources = stringList(hasResource ? s.Resource : s.NotResource, hasResource ? "Resource" : "NotResource").map((r) => globPattern(r));
  const actionMatches = actions.some((a) => a.test(ACTION)) === hasAction;
  if (!actionMatches) return null; // about another action: never applies here
  // Conditions cannot be evaluated here (no IAM request context). An Allow that depends on one
  // does not grant; a Deny that depends on one still denies: unknown never opens access.
  if (s.Condition !== undefined && effect === "Allow") return null;
  return { effect, matches: (arn) => resources.some((r) => r.test(arn)) === hasResource };
}

/** Compiles `policyDocument`; throws InvalidPolicyError when it is not an IAM policy. */
export function compilePolicy(document: unknown): CompiledPolicy {
  if (!document || typeof document !== "object" || Array.isArray(document)) throw new InvalidPolicyError("policyDocument must be an object");
  const raw = (document as Record<string, unknown>).Statement;
  if (raw === undefined) throw new InvalidPolicyError("policyDocument has no Statement");
  const list = Array.isArray(raw) ? raw : [raw];
  const statements = list.map(compileStatement).filter((s): s is CompiledStatement => s !== null);
  const denies = statements.filter((s) => s.effect === "Deny");
  const allows = statements.filter((s) => s.effect === "Allow");
  return {
    decide(methodArn) {
      if (denies.some((s) => s.matches(methodArn))) return "explicit-deny";
      return allows.some((s) => s.matches(methodArn)) ? "allow" : "implicit-deny";
    },
  };
}
