/**
 * Runs one Lambda authorizer for a request, writing AWS's execution-log lines: checks the
 * identity sources (missing, empty or failing the token validation expression: 401 without
 * calling the function), answers from the result cache when it can, otherwise calls the
 * function with the TOKEN / REQUEST event and checks its output. Shared by the gateway's
 * authorize step and TestInvokeAuthorizer (which neither caches nor evaluates the policy).
 */
import type { InvocationContext } from "../runtime/context";
import type { KeyValueCache } from "../stores/types";
import { configurationError, unauthorized, type AuthorizerError } from "./authorizer-errors";
import { requestEvent, tokenEvent } from "./authorizer-events";
import { InvalidAuthorizerOutputError, parseAuthorizerOutput, serializeAuthorizerOutput, type AuthorizerOutput } from "./authorizer-output";
import type { CompiledAuthorizer } from "./compile-authorizer";
import { invokeAuthorizerFunction } from "./invoke-authorizer-function";

export const COGNITO_NOT_AVAILABLE =
  "COGNITO_USER_POOLS authorizers are stored but cannot authorize requests: Archway has no Amazon Cognito user pools to validate tokens against";

export interface AuthorizerRunOptions {
  methodArn: string;
  /** Where results are cached; null for no caching. */
  cache: { store: KeyValueCache; key: (identity: string[]) => string } | null;
}

export interface AuthorizerRun {
  output: AuthorizerOutput;
  /** Time spent calling the function; 0 when the result came from the cache. */
  latencyMs: number;
  cached: boolean;
}

/** AWS's log masking: all but the last six characters become "*". */
export function maskIdentity(value: string): string {
  return value.length > 6 ? "*".repeat(value.length - 6) + value.slice(-6) : "*".repeat(value.length);
}

function unauthorizedRequest(ctx: InvocationContext): AuthorizerError {
  ctx.log.add(`Unauthorized request: ${ctx.requestId}`);
  return unauthorized();
}

function describeIdentity(authorizer: CompiledAuthorizer, values: (string | undefined)[]): string {
  if (authorizer.definition.type === "TOKEN") return maskIdentity(values[0] ?? "");
  return `{${authorizer.sources.map((s, i) => `${s.expression}=${maskIdentity(values[i] ?? "")}`).join(", ")}}`;
}

function succeeded(ctx: InvocationContext, output: AuthorizerOutput) {
  ctx.log.add(`Using valid authorizer policy for principal: ${maskIdentity(output.principalId ?? "")}`);
  ctx.log.add("Successfully completed authorizer execution");
}

/** Parsed cache entries: the local store hands back the same Buffer, so a hit is parsed once. */
const parsedEntries = new WeakMap<Buffer, AuthorizerOutput>();

async function fromCache(ctx: InvocationContext, store: KeyValueCache, key: string): Promise<AuthorizerOutput | null> {
  try {
    const hit = await store.get(key);
    if (!hit) return null;
    let output = parsedEntries.get(hit);
    if (!output) {
      output = parseAuthorizerOutput(hit.toString("utf8"));
      parsedEntries.set(hit, output);
    }
    return output;
  } catch (err) {
    // A shared store that fails (or holds something unreadable) costs a Lambda call, not the request.
    ctx.log.add(`Authorizer cache read failed: ${(err as Error).message}`);
    return null;
  }
}

async function toCache(ctx: InvocationContext, store: KeyValueCache, key: string, output: AuthorizerOutput, ttlSeconds: number) {
  try {
    await store.set(key, Buffer.from(serializeAuthorizerOutput(output)), ttlSeconds);
  } catch (err) {
    ctx.log.add(`Authorizer cache write failed: ${(err as Error).message}`);
  }
}

export async function runAuthorizer(ctx: InvocationContext, authorizer: CompiledAuthorizer, opts: AuthorizerRunOptions): Promise<AuthorizerRun> {
  const def = authorizer.definition;
  ctx.log.add(`Starting authorizer: ${def.id} for request: ${ctx.requestId}`);
  if (def.type === "COGNITO_USER_POOLS") throw configurationError(ctx, COGNITO_NOT_AVAILABLE);
  if (authorizer.configError) throw configurationError(ctx, authorizer.configError);

  const identity = authorizer.sources.map((s) => s.read(ctx));
  // A REQUEST authorizer checks its sources only when it caches (the console guide: "When caching
  // is enabled, API Gateway calls the authorizer's Lambda function only after successfully
  // verifying that all the specified identity sources are present").
  const checked = def.type === "TOKEN" || authorizer.ttlSeconds > 0;
  if (checked && identity.some((v) => v === undefined || v === "")) throw unauthorizedRequest(ctx);
  if (authorizer.validation && !authorizer.validation.test(identity[0] ?? "")) throw unauthorizedRequest(ctx);
  ctx.log.add(() => `Incoming identity: ${describeIdentity(authorizer, identity)}`);
  const values = identity.map((v) => v ?? "");

  const cache = opts.cache && authorizer.ttlSeconds > 0 ? { store: opts.cache.store, key: opts.cache.key(values) } : null;
  if (cache) {
    const cached = await fromCache(ctx, cache.store, cache.key);
    if (cached) {
      ctx.log.add(`Using the cached authorizer result (TTL ${authorizer.ttlSeconds} seconds)`);
      succeeded(ctx, cached);
      return { output: cached, latencyMs: 0, cached: true };
    }
  }

  const ref = authorizer.functionFor(ctx.stageVariables);
  if (!ref) throw configurationError(ctx, `Invalid Lambda function ARN in authorizer URI: ${authorizer.uriFor(ctx.stageVariables)}`);
  const event = def.type === "TOKEN" ? tokenEvent(opts.methodArn, values[0]) : requestEvent(ctx, opts.methodArn);
  const payload = JSON.stringify(event);
  ctx.log.add(() => `Endpoint request body after transformations: ${payload}`);
  const started = performance.now();
  const result = await invokeAuthorizerFunction(ctx, ref, payload);
  const latencyMs = Math.round(performance.now() - started);
  // The one error a function may raise on purpose: "Unauthorized" (exactly) is a 401.
  if (result.functionError && result.error?.errorMessage === "Unauthorized") {
    ctx.log.add(`Unauthorized request: ${ctx.requestId}`);
    ctx.log.add("Unauthorized");
    throw unauthorized();
  }
  ctx.log.add(() => `Authorizer result body before parsing: ${result.payload}`);
  let output: AuthorizerOutput;
  try {
    // A function error's document ({errorType, errorMessage, ...}) fails here too, as on AWS.
    output = parseAuthorizerOutput(result.payload);
  } catch (err) {
    if (err instanceof InvalidAuthorizerOutputError) throw configurationError(ctx, err.message);
    throw err;
  }
  if (cache) await toCache(ctx, cache.store, cache.key, output, authorizer.ttlSeconds);
  succeeded(ctx, output);
  return { output, latencyMs, cached: false };
}
