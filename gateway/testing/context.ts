/** Hand-built invocation contexts for step tests. */
import { compileStage } from "../deployments/compiled-stage";
import type { ApiSnapshot } from "../model/snapshot";
import type { GatewayRequest, InvocationContext } from "../runtime/context";
import { createContext } from "../runtime/create-context";
import { createExecutionLog } from "../runtime/execution-log";

export function testContext(
  api: ApiSnapshot,
  request: Partial<GatewayRequest> = {},
  opts: { stageName?: string; variables?: Record<string, string> } = {},
): InvocationContext {
  const stageName = opts.stageName ?? "dev";
  const stage = compileStage({ restApiId: api.api.id, stageName, deploymentId: "dep001", variables: opts.variables ?? {}, snapshot: api });
  return createContext({
    target: { restApiId: api.api.id, stageName },
    stage,
    log: createExecutionLog(),
    request: {
      method: "GET",
      path: "/",
      rawQuery: "",
      query: {},
      headers: {},
      body: Buffer.alloc(0),
      sourceIp: "203.0.113.9",
      protocol: "HTTP/1.1",
      ...request,
    },
  });
}
