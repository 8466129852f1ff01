/**
 * Type declarations the function editor gives Monaco: the `aws-lambda` module (API Gateway proxy
 * event and result, Context, Handler) and the Node globals Lambda code uses, so completion and
 * checking work without node_modules in the browser.
 */
export const LAMBDA_TYPES = `
declare module "aws-lambda" {
  export interface APIGatewayEventIdentity {
    accessKey: string | null; accountId: string | null; caller: string | null;
    cognitoAuthenticationProvider: string | null; cognitoAuthenticationType: string | null;
    cognitoIdentityId: string | null; cognitoIdentityPoolId: string | null; principalOrgId: string | null;
    sourceIp: string; user: string | null; userAgent: string | null; userArn: string | null;
  }
  export interface APIGatewayEventRequestContext {
    accountId: string; apiId: string; authorizer?: Record<string, any> | null; deploymentId?: string | null;
    domainName?: string; domainPrefix?: string; extendedRequestId?: string; httpMethod: string;
    identity: APIGatewayEventIdentity; path: string; protocol: string; requestId: string; requestTime?: string;
    requestTimeEpoch: number; resourceId: string; resourcePath: string; stage: string;
  }
  export interface APIGatewayProxyEvent {
    body: string | null; headers: Record<string, string | undefined>; multiValueHeaders: Record<string, string[] | undefined>;
    httpMethod: string; isBase64Encoded: boolean; path: string; pathParameters: Record<string, string | undefined> | null;
    queryStringParameters: Record<string, string | undefined> | null;
    multiValueQueryStringParameters: Record<string, string[] | undefined> | null;
    stageVariables: Record<string, string | undefined> | null; requestContext: APIGatewayEventRequestContext; resource: string;
  }
  export interface APIGatewayProxyResult {
    statusCode: number; headers?: Record<string, boolean | number | string>;
    multiValueHeaders?: Record<string, Array<boolean | number | string>>; body: string; isBase64Encoded?: boolean;
  }
  export interface Context {
    callbackWaitsForEmptyEventLoop: boolean; functionName: string; functionVersion: string; invokedFunctionArn: string;
    memoryLimitInMB: string; awsRequestId: string; logGroupName: string; logStreamName: string;
    getRemainingTimeInMillis(): number;
  }
  export type Callback<TResult = any> = (error?: Error | string | null, result?: TResult) => void;
  export type Handler<TEvent = any, TResult = any> = (event: TEvent, context: Context, callback: Callback<TResult>) => void | Promise<TResult>;
  export type APIGatewayProxyHandler = Handler<APIGatewayProxyEvent, APIGatewayProxyResult>;
}
declare var process: { env: Record<string, string | undefined>; exit(code?: number): never; memoryUsage(): Record<string, number> };
declare var require: (id: string) => any;
declare var module: { exports: any };
declare var exports: any;
declare var __dirname: string;
declare class Buffer extends Uint8Array {
  static from(data: string | ArrayLike<number> | ArrayBuffer, encoding?: string): Buffer;
  static byteLength(data: string, encoding?: string): number;
  toString(encoding?: string): string;
}
`;
