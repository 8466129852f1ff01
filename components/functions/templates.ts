/** Starter code and test events of the Functions section. */

export type Language = "javascript" | "typescript";

export const STARTER: Record<Language, { file: string; code: string }> = {
  javascript: {
    file: "index.mjs",
    code: `/**
 * An API Gateway (REST, Lambda proxy) handler.
 * @param {import("aws-lambda").APIGatewayProxyEvent} event
 * @param {import("aws-lambda").Context} context
 */
export const handler = async (event, context) => {
  console.log("request", event.httpMethod, event.path);
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message: "Hello from Archway", path: event.path ?? null, requestId: context.awsRequestId }),
  };
};
`,
  },
  typescript: {
    file: "index.ts",
    code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";

export const handler = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
  console.log("request", event.httpMethod, event.path);
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message: "Hello from Archway", path: event.path ?? null, requestId: context.awsRequestId }),
  };
};
`,
  },
};

/** A REST API proxy event (payload format 1.0) as the gateway builds it. */
export function proxyEventTemplate(): string {
  const now = Date.now();
  const d = new Date(now);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  const requestTime = `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
  const event = {
    resource: "/pets/{petId}",
    path: "/pets/42",
    httpMethod: "GET",
    headers: { Accept: "application/json", Host: "localhost:8080", "User-Agent": "curl/8.5.0", "X-Forwarded-For": "127.0.0.1", "X-Forwarded-Port": "8080", "X-Forwarded-Proto": "http" },
    multiValueHeaders: { Accept: ["application/json"], Host: ["localhost:8080"], "User-Agent": ["curl/8.5.0"], "X-Forwarded-For": ["127.0.0.1"], "X-Forwarded-Port": ["8080"], "X-Forwarded-Proto": ["http"] },
    queryStringParameters: { color: "brown" },
    multiValueQueryStringParameters: { color: ["brown"] },
    pathParameters: { petId: "42" },
    stageVariables: null,
    requestContext: {
      resourceId: "abc123",
      resourcePath: "/pets/{petId}",
      httpMethod: "GET",
      extendedRequestId: "AbCdEfGhIjKlMnO=",
      requestTime,
      path: "/dev/pets/42",
      accountId: "000000000000",
      protocol: "HTTP/1.1",
      stage: "dev",
      domainPrefix: "localhost:8080",
      requestTimeEpoch: now,
      requestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: "127.0.0.1",
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: "curl/8.5.0",
        user: null,
      },
      domainName: "localhost:8080",
      deploymentId: "dep123",
      apiId: "a1b2c3d4e5",
    },
    body: null,
    isBase64Encoded: false,
  };
  return JSON.stringify(event, null, 2);
}

export const EVENT_TEMPLATES: { id: string; label: string; event: () => string }[] = [
  { id: "apigw-proxy", label: "API Gateway proxy (REST)", event: proxyEventTemplate },
  { id: "hello", label: "Hello world", event: () => JSON.stringify({ key1: "value1", key2: "value2", key3: "value3" }, null, 2) },
  { id: "empty", label: "Empty object", event: () => "{}" },
];

export function languageOf(file: string): "javascript" | "typescript" | "json" | "plaintext" {
  if (/\.(ts|mts|cts)$/.test(file)) return "typescript";
  if (/\.(js|mjs|cjs)$/.test(file)) return "javascript";
  if (file.endsWith(".json")) return "json";
  return "plaintext";
}
