/**
 * TestInvokeAuthorizer: runs one authorizer (deployed or not) against a simulated request, with
 * the execution log on, and answers in AWS's TestInvokeAuthorizer shape. As on AWS the method
 * ARN is `{apiId}/ESTestInvoke-stage/GET/{path}`, nothing is cached and the policy is returned,
 * not evaluated: `clientStatus` is 0 when the authorizer produced a valid policy (Allow or Deny),
 * else the status a client would get (401, 500).
 */
import type { Authorizer } from "../model/api-types";
import { createContext } from "../runtime/create-context";
import { createExecutionLog } from "../runtime/execution-log";
import { simulatedRequest } from "../runtime/test-invoke";
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
  const given = input.pathWithQueryString || "/";
  const log = createExecutionLog();
  const ctx = createContext({
    target: { restApiId, stageName: "test-invoke-stage" },
    request: simulatedRequest("GET", given.startsWith("/") ? given : `/${given}`, input, true),
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
