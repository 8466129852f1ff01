import { randomBytes, randomUUID } from "node:crypto";
import type { CompiledStage } from "../deployments/compiled-stage";
import type { GatewayRequest, InvocationContext, RequestTarget } from "./context";
import { disabledLog, type ExecutionLog } from "./execution-log";

/** AWS's extended request ids look like `AbCdEfGhIjKlMnO=`. */
function extendedRequestId(): string {
  return randomBytes(11).toString("base64").slice(0, 15) + "=";
}

export function createContext(opts: {
  target: RequestTarget;
  request: GatewayRequest;
  stage?: CompiledStage;
  stageVariables?: Record<string, string>;
  log?: ExecutionLog;
}): InvocationContext {
  return {
    requestId: randomUUID(),
    extendedRequestId: extendedRequestId(),
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
