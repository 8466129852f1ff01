/**
 * TestInvokeAuthorizer: runs one authorizer (deployed or not) against a simulated request, with
 * the execution log on, and answers in AWS's TestInvokeAuthorizer shape. As on AWS the method
 * ARN is `{apiId}/ESTestInvoke-stage/GET/{path}`, nothing is cached and the policy is returned,
 * not evaluated: `clientStatus` is 0 when the authorizer produced a valid policy (Allow or Deny),
 * else the status a client would get (401, 500).
 */
import { parseQuery } from "../http/request";
import type { Authorizer } from "../model/api-types";
import type { MultiMap } from "../runtime/context";
import { createContext } from "../runtime/create-context";
import { createExecutionLog } from "../runtime/execution-log";
import { AuthorizerError } from "./authorizer-errors";
import { compileAuthorizer } from "./compile-authorizer";
import { methodArn } from "./method-arn";
import { runAuthorizer } from "./run-authorizer";

export interface TestInvokeAuthorizerInput {
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  pathWithQueryString?: string;
  body?: string;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeAuthorizerResult {
  clientStatus: number;
  log: string;
  latency: number;
  principalId?: string;
  policy?: string;
  /**
   * AWS documents this member only as "the authorization response". Archway returns the
   * authorizer's `context` here, each value as a one-element list (the member's shape).
   */
  authorization?: Record<string, string[]>;
  claims?: Record<string, string>;
}

export const TEST_INVOKE_METHOD_ARN_STAGE = "ESTestInvoke-stage";

export async function testInvokeAuthorizer(restApiId: string, authorizer: Authorizer, input: TestInvokeAuthorizerInput): Promise<TestInvokeAuthorizerResult> {
  const pathWithQuery = input.pathWithQueryString || "/";
  const q = pathWithQuery.indexOf("?");
  const path = q === -1 ? pathWithQuery : pathWithQuery.slice(0, q);
  const rawQuery = q === -1 ? "" : pathWithQuery.slice(q + 1);
  const headers: MultiMap = {};
  const spelled = new Map<string, string>();
  for (const [k, v] of Object.entries(input.multiValueHeaders ?? {})) {
    headers[k.toLowerCase()] = [...v];
    spelled.set(k.toLowerCase(), k);
  }
  for (const [k, v] of Object.entries(input.headers ?? {})) {
    headers[k.toLowerCase()] = [v];
    spelled.set(k.toLowerCase(), k);
  }
  // The REQUEST event shows header names as the caller wrote them.
  const rawHeaders = Object.entries(headers).flatMap(([k, values]) => values.flatMap((v) => [spelled.get(k) ?? k, v]));
  const log = createExecutionLog();
  const ctx = createContext({
    target: { restApiId, stageName: "test-invoke-stage" },
    request: {
      method: "GET",
      path: path.startsWith("/") ? path : `/${path}`,
      rawQuery,
      query: parseQuery(rawQuery),
      headers,
      rawHeaders,
      body: Buffer.from(input.body ?? "", "utf8"),
      sourceIp: "test-invoke-source-ip",
      protocol: "HTTP/1.1",
    },
    stageVariables: input.stageVariables ?? {},
    log,
  });
  const done = (clientStatus: number, rest: Partial<TestInvokeAuthorizerResult> = {}): TestInvokeAuthorizerResult => ({
    clientStatus,
    log: `Execution log for request ${ctx.requestId}\n${log.text()}`,
    latency: Number((process.hrtime.bigint() - ctx.startedAt) / 1_000_000n),
    ...rest,
  });
  try {
    const arn = methodArn(restApiId, TEST_INVOKE_METHOD_ARN_STAGE, "GET", ctx.request.path);
    const { output } = await runAuthorizer(ctx, compileAuthorizer(authorizer), { methodArn: arn, cache: null });
    const authorization: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(output.context)) authorization[k] = [String(v)];
    return done(0, { principalId: output.principalId, policy: JSON.stringify(output.policyDocument), authorization });
  } catch (err) {
    if (!(err instanceof AuthorizerError)) throw err;
    // What the gateway-response step logs on the gateway: the exception's name after the reason.
    if (err.cause instanceof Error) log.add(err.cause.message);
    return done(err.status);
  }
}
