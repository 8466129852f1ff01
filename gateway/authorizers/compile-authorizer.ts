/**
 * An authorizer compiled once per deployment: identity sources parsed, the token validation
 * expression compiled, the TTL resolved (AWS: 300 s when unset), the authorizer URI split into a
 * template for `${stageVariables.x}`. The function the URI names is resolved once per stage
 * (per stage-variables object) and remembered. What cannot be compiled is kept as `configError`
 * and served as AWS serves a broken authorizer: a 500 for the methods that use it.
 */
import { parseIntegrationUri, type FunctionRef } from "../functions/arn";
import { compileUriTemplate } from "../mapping/uri-template";
import type { Authorizer } from "../model/api-types";
import { parseRequestSource, parseTokenSource, splitIdentitySources, type IdentitySource } from "./identity-sources";

export const DEFAULT_TTL_SECONDS = 300;

export interface CompiledAuthorizer {
  definition: Authorizer;
  sources: IdentitySource[];
  /** TOKEN only: the whole token must match (Java's Pattern.matches). */
  validation: RegExp | null;
  /** 0: results are not cached. */
  ttlSeconds: number;
  /** The authorizer URI with the stage's variables in. */
  uriFor(stageVariables: Record<string, string>): string;
  /** The function that URI names; null when it names none. */
  functionFor(stageVariables: Record<string, string>): FunctionRef | null;
  configError?: string;
}

function compileSources(def: Authorizer): { sources: IdentitySource[]; error?: string } {
  const expressions = splitIdentitySources(def.identitySource);
  if (def.type === "TOKEN") {
    const source = expressions.length === 1 ? parseTokenSource(expressions[0]) : null;
    return source ? { sources: [source] } : { sources: [], error: `Invalid token source expression: ${def.identitySource ?? ""}` };
  }
  const sources: IdentitySource[] = [];
  for (const e of expressions) {
    const source = parseRequestSource(e);
    if (!source) return { sources, error: `Invalid identity source expression: ${e}` };
    sources.push(source);
  }
  return { sources };
}

function compileValidation(def: Authorizer): { validation: RegExp | null; error?: string } {
  if (def.type !== "TOKEN" || !def.identityValidationExpression) return { validation: null };
  try {
    return { validation: new RegExp(`^(?:${def.identityValidationExpression})$`, "s") };
  } catch (err) {
    return { validation: null, error: `Invalid identity validation expression: ${(err as Error).message}` };
  }
}

export function compileAuthorizer(def: Authorizer): CompiledAuthorizer {
  const { sources, error: sourceError } = def.type === "COGNITO_USER_POOLS" ? { sources: [], error: undefined } : compileSources(def);
  const { validation, error: validationError } = compileValidation(def);
  let ttlSeconds = def.authorizerResultTtlInSeconds ?? DEFAULT_TTL_SECONDS;
  // Without identity sources every request would share one cache entry: never cache then.
  if (sources.length === 0) ttlSeconds = 0;
  const template = compileUriTemplate(def.authorizerUri ?? "");
  const resolved = new WeakMap<Record<string, string>, FunctionRef | null>();
  const uriFor = (stageVariables: Record<string, string>) => template({ stageVariables, params: {} });
  return {
    definition: def,
    sources,
    validation,
    ttlSeconds,
    uriFor,
    functionFor(stageVariables) {
      let ref = resolved.get(stageVariables);
      if (ref === undefined) {
        ref = parseIntegrationUri(uriFor(stageVariables));
        resolved.set(stageVariables, ref);
      }
      return ref;
    },
    configError: sourceError ?? validationError,
  };
}

/** The snapshot's authorizers by id (empty for snapshots taken before authorizers existed). */
export function compileAuthorizers(authorizers: Record<string, Authorizer> | undefined): Map<string, CompiledAuthorizer> {
  const out = new Map<string, CompiledAuthorizer>();
  for (const [id, def] of Object.entries(authorizers ?? {})) out.set(id, compileAuthorizer(def));
  return out;
}
