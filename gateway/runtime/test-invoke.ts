/**
 * TestInvokeMethod: runs one method of an API (deployed or not) through the same pipeline the
 * gateway serves with, with the execution log on, and answers in AWS's TestInvokeMethod shape.
 */
import { compileStage, methodFor } from "../deployments/compiled-stage";
import type { StageSnapshot } from "../model/snapshot";
import { ResourceRouter } from "../router/resource-router";
import { parseQuery } from "../http/request";
import type { GatewayRequest, MultiMap } from "./context";
import { readBody } from "./body";
import { createContext } from "./create-context";
import { createExecutionLog } from "./execution-log";
import { runPipeline } from "./pipeline";

export interface TestInvokeRequest {
  resourceId: string;
  httpMethod: string;
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  log: string;
  latency: number;
}

/** What a test invoke (TestInvokeMethod, TestInvokeAuthorizer) says about the request it simulates. */
export type SimulatedRequestInput = Pick<TestInvokeRequest, "body" | "headers" | "multiValueHeaders">;

/**
 * The request a test invoke simulates: AWS's test-invoke source IP, HTTP/1.1, a single-value
 * header over a multi-value one of the same name. `spelled`: also keep the header names as the
 * caller wrote them (`rawHeaders`), as a REQUEST authorizer's event shows them.
 */
export function simulatedRequest(method: string, pathWithQuery: string, input: SimulatedRequestInput, spelled = false): GatewayRequest {
  const q = pathWithQuery.indexOf("?");
  const rawQuery = q === -1 ? "" : pathWithQuery.slice(q + 1);
  const headers: MultiMap = {};
  const names = new Map<string, string>();
  for (const [k, v] of Object.entries(input.multiValueHeaders ?? {})) {
    headers[k.toLowerCase()] = [...v];
    names.set(k.toLowerCase(), k);
  }
  for (const [k, v] of Object.entries(input.headers ?? {})) {
    headers[k.toLowerCase()] = [v];
    names.set(k.toLowerCase(), k);
  }
  return {
    method,
    path: q === -1 ? pathWithQuery : pathWithQuery.slice(0, q),
    rawQuery,
    query: parseQuery(rawQuery),
    headers,
    rawHeaders: spelled ? Object.entries(headers).flatMap(([k, values]) => values.flatMap((v) => [names.get(k) ?? k, v])) : undefined,
    body: Buffer.from(input.body ?? "", "utf8"),
    sourceIp: "test-invoke-source-ip",
    protocol: "HTTP/1.1",
  };
}

const AWS_SPELLING: Record<string, string> = { "x-amzn-requestid": "x-amzn-RequestId", "x-amzn-errortype": "x-amzn-ErrorType", "x-amz-apigw-id": "x-amz-apigw-id" };

/** Header names as clients usually spell them (`Content-Type`), and AWS's own as AWS does. */
function displayName(name: string): string {
  return AWS_SPELLING[name] ?? name.replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export async function testInvoke(stageSnapshot: StageSnapshot, input: TestInvokeRequest): Promise<TestInvokeResult> {
  const stage = compileStage({ ...stageSnapshot, variables: input.stageVariables ?? stageSnapshot.variables });
  const resource = stage.resourcesById.get(input.resourceId);
  const method = resource && methodFor(resource, input.httpMethod);
  const pathWithQuery = input.pathWithQueryString || resource?.resource.path || "/";
  const log = createExecutionLog();
  const ctx = createContext({
    target: { restApiId: stageSnapshot.restApiId, stageName: "test-invoke-stage" },
    request: simulatedRequest(input.httpMethod === "ANY" ? "GET" : input.httpMethod, pathWithQuery, input),
    stage,
    log,
  });
  ctx.testInvoke = true;
  log.add(`Starting execution for request: ${ctx.requestId}`);
  if (resource && method) {
    // Path parameters come from matching the given path against this resource's own path.
    const match = new ResourceRouter([{ path: resource.resource.path, value: true }]).match(ctx.request.path);
    ctx.route = { method, pathParameters: match?.pathParameters ?? {} };
    log.add(`HTTP Method: ${ctx.request.method}, Resource Path: ${resource.resource.path}`);
    log.add(`Method request path: ${JSON.stringify(ctx.route.pathParameters)}`);
    log.add(`Method request query string: ${JSON.stringify(Object.fromEntries(Object.entries(ctx.request.query).map(([k, v]) => [k, v.at(-1)])))}`);
    log.add(`Method request headers: ${JSON.stringify(input.headers ?? {})}`);
    log.add(`Method request body before transformations: ${input.body ?? ""}`);
  }
  await runPipeline(ctx);
  const response = ctx.response!;
  const body = await readBody(response.body);
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(response.headers)) {
    single[displayName(name)] = values.at(-1)!;
    multi[displayName(name)] = values;
  }
  return {
    status: response.statusCode,
    body: body.toString("utf8"),
    headers: single,
    multiValueHeaders: multi,
    log: `Execution log for request ${ctx.requestId}\n${log.text()}`,
    latency: Number((process.hrtime.bigint() - ctx.startedAt) / 1_000_000n),
  };
}
