/**
 * What an authorizer's result looks like downstream. `$context.authorizer.*` in mapping
 * templates and parameter mappings: `principalId`, `claims`, and each `context` key as a
 * string ("The returned values are all stringified"). The Lambda proxy event's
 * `requestContext.authorizer`: the context keys (stringified), `principalId` and
 * `integrationLatency` (a number, 0 when the result came from the cache).
 */
import type { AuthorizerResult } from "../runtime/context";

function stringified(context: AuthorizerResult["context"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(context)) out[k] = String(v);
  return out;
}

/** `$context.authorizer` for templates and mappings (empty when no authorizer ran). */
export function authorizerVariables(result: AuthorizerResult | undefined): Record<string, unknown> {
  if (!result) return {};
  const out: Record<string, unknown> = stringified(result.context);
  if (result.principalId !== undefined) out.principalId = result.principalId;
  if (result.claims) out.claims = result.claims;
  // AWS documents these two for access logs (access-log-variables.ts reads them from the result); templates see them too.
  out.latency = result.latencyMs;
  out.integrationLatency = result.latencyMs;
  return out;
}

/** `requestContext.authorizer` of the AWS_PROXY event. */
export function proxyEventAuthorizer(result: AuthorizerResult): Record<string, unknown> {
  const out: Record<string, unknown> = stringified(result.context);
  if (result.claims) out.claims = result.claims;
  if (result.principalId !== undefined) out.principalId = result.principalId;
  out.integrationLatency = result.latencyMs;
  return out;
}
