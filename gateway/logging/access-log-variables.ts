/**
 * The `$context` variables an access log can print ("Variables for access logging for API
 * Gateway"), read from a finished request. Variables Archway has no value for (WAF, X-Ray, IAM
 * callers, AWS endpoint request ids) print "-", as AWS prints an absent value.
 */
import { clfTime } from "../mapping/context-variables";
import type { InvocationContext } from "../runtime/context";

export interface AccessLogInput {
  ctx: InvocationContext;
  accountId: string;
  /** Whole ms from arrival to the response being written. */
  responseLatency: number;
  /** Bytes of the response body, when known. */
  responseLength: number | undefined;
}

type Getter = (input: AccessLogInput) => unknown;

const roundMs = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms));
const host = ({ ctx }: AccessLogInput) => ctx.request.headers.host?.[0];
const isLambda = ({ ctx }: AccessLogInput) => /^AWS/.test(ctx.route?.method.integration?.definition.type ?? "");
/** For Lambda integrations: Lambda's own status for the invocation, not the function's answer. */
const integrationStatus = (i: AccessLogInput) => (i.ctx.integrationResult ? (isLambda(i) ? 200 : i.ctx.integrationResult.statusCode) : undefined);
/** The integration's own failure (its error line), not a gateway refusal before it ran. */
const integrationError = ({ ctx }: AccessLogInput) =>
  ctx.error && ctx.integrationRequest !== undefined ? (ctx.error.cause instanceof Error ? ctx.error.cause.message : ctx.error.message) : undefined;

const VARIABLES: Record<string, Getter> = {
  accountId: (i) => i.accountId,
  apiId: ({ ctx }) => ctx.target.restApiId,
  deploymentId: ({ ctx }) => ctx.stage?.source.deploymentId,
  domainName: host,
  domainPrefix: (i) => host(i)?.split(".")[0],
  "error.message": ({ ctx }) => ctx.error?.message,
  "error.messageString": ({ ctx }) => (ctx.error ? JSON.stringify(ctx.error.message) : undefined),
  "error.responseType": ({ ctx }) => ctx.error?.responseType,
  extendedRequestId: ({ ctx }) => ctx.extendedRequestId,
  httpMethod: ({ ctx }) => ctx.request.method,
  "identity.sourceIp": ({ ctx }) => ctx.request.sourceIp,
  "identity.userAgent": ({ ctx }) => ctx.request.headers["user-agent"]?.[0],
  integrationLatency: ({ ctx }) => roundMs(ctx.integrationLatencyMs),
  "integration.latency": ({ ctx }) => roundMs(ctx.integrationLatencyMs),
  "integration.status": ({ ctx }) => ctx.integrationResult?.statusCode,
  integrationStatus,
  "integration.integrationStatus": integrationStatus,
  "integration.error": integrationError,
  integrationErrorMessage: integrationError,
  isCanaryRequest: ({ ctx }) => (ctx.stage?.canary || ctx.isCanary ? ctx.isCanary : undefined),
  path: ({ ctx }) => `/${ctx.target.stageName}${ctx.request.path}`,
  protocol: ({ ctx }) => ctx.request.protocol,
  requestId: ({ ctx }) => ctx.requestId,
  requestTime: ({ ctx }) => clfTime(ctx.requestTimeEpoch),
  requestTimeEpoch: ({ ctx }) => ctx.requestTimeEpoch,
  resourceId: ({ ctx }) => ctx.route?.method.resource.id,
  resourcePath: ({ ctx }) => ctx.route?.method.resource.path,
  responseLatency: (i) => i.responseLatency,
  responseLength: (i) => i.responseLength,
  stage: ({ ctx }) => ctx.target.stageName,
  status: ({ ctx }) => ctx.response?.statusCode,
  "authorizer.principalId": ({ ctx }) => ctx.authorizer?.principalId,
  "authorizer.latency": ({ ctx }) => roundMs(ctx.authorizer?.latencyMs),
  "authorizer.integrationLatency": ({ ctx }) => (ctx.authorizer && !ctx.authorizer.cached ? roundMs(ctx.authorizer.latencyMs) : undefined),
};

const absent: Getter = () => undefined;

/** The value lookup for one variable name (without "context."). */
export function accessLogVariable(name: string): Getter {
  const known = VARIABLES[name];
  if (known) return known;
  if (name.startsWith("authorizer.claims.")) {
    const claim = name.slice("authorizer.claims.".length);
    return ({ ctx }) => ctx.authorizer?.claims?.[claim];
  }
  if (name.startsWith("authorizer.")) {
    const key = name.slice("authorizer.".length);
    return ({ ctx }) => ctx.authorizer?.context[key];
  }
  return absent;
}
