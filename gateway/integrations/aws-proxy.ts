/**
 * AWS_PROXY to a local function: the request becomes API Gateway's REST proxy event (payload
 * format 1.0) and the function's answer must be a proxy response
 * `{statusCode, headers?, multiValueHeaders?, body?, isBase64Encoded?}`; anything else is a
 * 502 `{"message": "Internal server error"}` ("Malformed Lambda proxy response"), as is a function
 * error. Headers and multi-value headers merge as AWS documents: both lists, a value given in
 * both appearing once.
 */
import { proxyEventAuthorizer } from "../authorizers/context-values";
import { arnScope } from "../functions/arn";
import { headerPairs } from "../http/request";
import { firstAccept } from "../mapping/content-handling";
import { clfTime } from "../mapping/context-variables";
import type { InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";
import { invokeLambda, lambdaTarget, type LambdaRequest } from "./lambda-invoke";
import type { IntegrationHandler } from "./types";

type StringMap = Record<string, string>;
type MultiStringMap = Record<string, string[]>;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The event API Gateway sends a Lambda proxy integration (REST API, payload format 1.0). */
export function proxyEvent(ctx: InvocationContext, accountId = "000000000000"): Record<string, unknown> {
  const method = ctx.route?.method;
  const pairs = headerPairs(ctx);
  if (ctx.incoming) {
    // What API Gateway's front door adds before the integration sees the request.
    const has = (n: string) => pairs.some(([k]) => k.toLowerCase() === n);
    const xff = pairs.filter(([k]) => k.toLowerCase() === "x-forwarded-for").map(([, v]) => v);
    for (let i = pairs.length - 1; i >= 0; i--) if (pairs[i][0].toLowerCase() === "x-forwarded-for") pairs.splice(i, 1);
    pairs.push(["X-Forwarded-For", [...xff, ctx.request.sourceIp].join(", ")]);
    if (!has("x-forwarded-port")) pairs.push(["X-Forwarded-Port", String(ctx.incoming.socket?.localPort ?? "")]);
    if (!has("x-forwarded-proto")) pairs.push(["X-Forwarded-Proto", "http"]);
    if (!has("x-amzn-trace-id")) {
      pairs.push(["X-Amzn-Trace-Id", `Root=1-${Math.floor(ctx.requestTimeEpoch / 1000).toString(16)}-${ctx.requestId.replace(/-/g, "").slice(0, 24)}`]);
    }
  }
  let headers: StringMap | null = null;
  let multiValueHeaders: MultiStringMap | null = null;
  for (const [name, value] of pairs) {
    (headers ??= {})[name] = value;
    ((multiValueHeaders ??= {})[name] ??= []).push(value);
  }
  let queryStringParameters: StringMap | null = null;
  let multiValueQueryStringParameters: MultiStringMap | null = null;
  for (const [name, values] of Object.entries(ctx.request.query)) {
    if (!values.length) continue;
    (queryStringParameters ??= {})[name] = values[values.length - 1];
    (multiValueQueryStringParameters ??= {})[name] = [...values];
  }
  const pathParameters = ctx.route && Object.keys(ctx.route.pathParameters).length ? { ...ctx.route.pathParameters } : null;
  const stageVariables = Object.keys(ctx.stageVariables).length ? { ...ctx.stageVariables } : null;
  const contentType = ctx.request.headers["content-type"]?.[0];
  const isBase64Encoded = ctx.request.body.length > 0 && (ctx.stage?.isBinaryType(contentType) ?? false);
  const body = ctx.request.body.length === 0 ? null : ctx.request.body.toString(isBase64Encoded ? "base64" : "utf8");
  const host = ctx.request.headers.host?.[0] ?? "";
  const path = decodePath(ctx.request.path);
  return {
    resource: method?.resource.path ?? path,
    path,
    httpMethod: ctx.request.method,
    headers,
    multiValueHeaders,
    queryStringParameters,
    multiValueQueryStringParameters,
    pathParameters,
    stageVariables,
    requestContext: {
      resourceId: method?.resource.id ?? null,
      // Only when an authorizer ran, right after resourceId as in AWS's events.
      ...(ctx.authorizer ? { authorizer: proxyEventAuthorizer(ctx.authorizer) } : {}),
      resourcePath: method?.resource.path ?? path,
      httpMethod: ctx.request.method,
      extendedRequestId: ctx.extendedRequestId,
      requestTime: clfTime(ctx.requestTimeEpoch),
      path: `/${ctx.target.stageName}${path === "/" ? "/" : path}`,
      accountId,
      protocol: ctx.request.protocol,
      stage: ctx.target.stageName,
      domainPrefix: host.split(".")[0],
      requestTimeEpoch: ctx.requestTimeEpoch,
      requestId: ctx.requestId,
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: ctx.request.sourceIp,
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: ctx.request.headers["user-agent"]?.[0] ?? null,
        user: null,
      },
      domainName: host,
      deploymentId: ctx.stage?.source.deploymentId ?? null,
      apiId: ctx.target.restApiId,
    },
    body,
    isBase64Encoded,
  };
}

const malformed = (why: string) =>
  new GatewayError("DEFAULT_5XX", "Internal server error", {
    status: 502,
    cause: new Error(`Execution failed due to configuration error: Malformed Lambda proxy response (${why})`),
  });

const PROXY_KEYS = new Set(["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]);

function headerValue(v: unknown, name: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  throw malformed(`header ${name} is not a string`);
}

export interface ProxyResponse {
  statusCode: number;
  headers: MultiMap;
  body: Buffer;
  isBase64Encoded: boolean;
}

/** Validates a proxy response as AWS does and merges its headers. */
export function parseProxyResponse(payload: string): ProxyResponse {
  let out: unknown;
  try {
    out = JSON.parse(payload);
  } catch {
    throw malformed("not JSON");
  }
  if (!out || typeof out !== "object" || Array.isArray(out)) throw malformed("not a JSON object");
  const r = out as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!PROXY_KEYS.has(key)) throw malformed(`unexpected field ${key}`);
  const status = typeof r.statusCode === "string" && /^\d+$/.test(r.statusCode) ? Number(r.statusCode) : r.statusCode;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) throw malformed("statusCode must be an integer HTTP status");
  if (r.body !== undefined && r.body !== null && typeof r.body !== "string") throw malformed("body must be a string");
  if (r.isBase64Encoded !== undefined && r.isBase64Encoded !== null && typeof r.isBase64Encoded !== "boolean") throw malformed("isBase64Encoded must be a boolean");
  const headers: MultiMap = {};
  if (r.multiValueHeaders !== undefined && r.multiValueHeaders !== null) {
    if (typeof r.multiValueHeaders !== "object" || Array.isArray(r.multiValueHeaders)) throw malformed("multiValueHeaders must be an object");
    for (const [name, values] of Object.entries(r.multiValueHeaders as Record<string, unknown>)) {
      if (values === null) continue;
      const list = Array.isArray(values) ? values : [values];
      const key = name.toLowerCase();
      for (const v of list) (headers[key] ??= []).push(headerValue(v, name));
    }
  }
  if (r.headers !== undefined && r.headers !== null) {
    if (typeof r.headers !== "object" || Array.isArray(r.headers)) throw malformed("headers must be an object");
    for (const [name, value] of Object.entries(r.headers as Record<string, unknown>)) {
      if (value === null) continue;
      const key = name.toLowerCase();
      const v = headerValue(value, name);
      const list = (headers[key] ??= []);
      if (!list.includes(v)) list.push(v);
    }
  }
  const isBase64Encoded = r.isBase64Encoded === true;
  const text = typeof r.body === "string" ? r.body : "";
  return { statusCode: status, headers, body: Buffer.from(text, "utf8"), isBase64Encoded };
}

export const awsProxyIntegration: IntegrationHandler<LambdaRequest> = {
  prepare(ctx, integration) {
    const ref = lambdaTarget(ctx, integration);
    const payload = JSON.stringify(proxyEvent(ctx, arnScope().accountId));
    ctx.log.add(() => `Endpoint request body after transformations: ${payload}`);
    return { ref, payload };
  },

  async invoke(ctx, integration, req) {
    const result = await invokeLambda(ctx, integration, req);
    if (result.functionError) {
      ctx.log.add(`Lambda execution failed with status 200 due to customer function error: ${result.error?.errorMessage ?? ""}. Lambda request id: ${result.requestId}`);
      throw new GatewayError("DEFAULT_5XX", "Internal server error", {
        status: 502,
        cause: new Error(`Lambda execution failed with status 200 due to customer function error: ${result.error?.errorMessage ?? ""}`),
      });
    }
    const res = parseProxyResponse(result.payload);
    res.headers["content-type"] ??= ["application/json"];
    let body = res.body;
    if (res.isBase64Encoded) {
      const binary =
        (ctx.stage?.isBinaryType(firstAccept(ctx.request.headers.accept?.[0])) ?? false) ||
        (ctx.stage?.isBinaryType(res.headers["content-type"][0]) ?? false);
      // Decoded when the API declares the type binary; otherwise the client gets the base64 text.
      if (binary) body = Buffer.from(body.toString("utf8"), "base64");
    }
    ctx.log.add(() => `Method response headers: ${formatLogMap(res.headers)}`);
    return { statusCode: res.statusCode, headers: res.headers, body, passthrough: true };
  },
};
