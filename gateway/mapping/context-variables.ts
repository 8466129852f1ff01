/**
 * `$context` as API Gateway defines it for REST APIs, built from the invocation context. Used by
 * mapping templates, gateway responses and (later) access logs and proxy events.
 */
import { authorizerVariables } from "../authorizers/context-values";
import type { InvocationContext } from "../runtime/context";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** CLF-formatted request time, as `$context.requestTime` prints it: `21/Nov/2026:06:10:04 +0000`. */
export function clfTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

export function lastValue(map: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) if (v.length) out[k] = v[v.length - 1];
  return out;
}

export function contextVariables(ctx: InvocationContext, accountId = "000000000000"): Record<string, unknown> {
  const method = ctx.route?.method;
  const headers = ctx.request.headers;
  const path = `/${ctx.target.stageName}${ctx.request.path === "/" ? "" : ctx.request.path}`;
  return {
    accountId,
    apiId: ctx.target.restApiId,
    domainName: headers.host?.[0] ?? "",
    domainPrefix: (headers.host?.[0] ?? "").split(".")[0],
    extendedRequestId: ctx.extendedRequestId,
    httpMethod: ctx.request.method,
    identity: {
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      sourceIp: ctx.request.sourceIp,
      user: null,
      userAgent: headers["user-agent"]?.[0] ?? null,
      userArn: null,
    },
    isCanaryRequest: ctx.isCanary,
    path,
    protocol: ctx.request.protocol,
    requestId: ctx.requestId,
    requestTime: clfTime(ctx.requestTimeEpoch),
    requestTimeEpoch: ctx.requestTimeEpoch,
    resourceId: method?.resource.id ?? null,
    resourcePath: method?.resource.path ?? null,
    stage: ctx.target.stageName,
    deploymentId: ctx.stage?.source.deploymentId ?? null,
    authorizer: authorizerVariables(ctx.authorizer),
    error: ctx.error ? errorVariables(ctx.error) : {},
  };
}

/** `$context.error`; AWS renders some errors' message as null (authorizer configuration errors). */
function errorVariables(error: NonNullable<InvocationContext["error"]>): Record<string, unknown> {
  const message = error.nullMessage ? null : error.message;
  return { message, messageString: JSON.stringify(message), responseType: error.responseType };
}
