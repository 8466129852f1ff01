import { randomUUID } from "node:crypto";
import type { CompiledStage } from "../deployments/compiled-stage";
import type { GatewayRequest, InvocationContext, RequestTarget } from "./context";
import { disabledLog, type ExecutionLog } from "./execution-log";

/**
 * AWS's extended request ids look like `AbCdEfGhIjKlMnO=`. Derived from the request id's random
 * bits: randomUUID draws from a pooled entropy buffer, a separate randomBytes call per request
 * costs a syscall.
 */
function extendedRequestId(requestId: string): string {
  return Buffer.from(requestId.replace(/-/g, "").slice(10, 32), "hex").toString("base64").slice(0, 15) + "=";
}

export function createContext(opts: {
  target: RequestTarget;
  request: GatewayRequest;
  stage?: CompiledStage;
  stageVariables?: Record<string, string>;
  log?: ExecutionLog;
}): InvocationContext {
  const requestId = randomUUID();
  return {
    requestId,
    extendedRequestId: extendedRequestId(requestId),
    requestTimeEpoch: Date.now(),
    startedAt: process.hrtime.bigint(),
    target: opts.target,
    request: opts.request,
    stage: opts.stage,
    isCanary: false,
    stageVariables: opts.stageVariables ?? opts.stage?.source.variables ?? {},
    log: opts.log ?? disabledLog,
  };
}
