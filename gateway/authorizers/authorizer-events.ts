/**
 * The event a Lambda authorizer receives ("Input to an API Gateway Lambda authorizer"). TOKEN:
 * `{type, methodArn, authorizationToken}` (the member order of AWS's logged request bodies).
 * REQUEST: the REST proxy event's request members (payload format 1.0) without the body, with
 * `type` and `methodArn` first and empty maps as `{}` rather than null, as AWS sends them.
 */
import { arnScope } from "../functions/arn";
import { proxyEvent } from "../integrations/aws-proxy";
import type { InvocationContext } from "../runtime/context";

export function tokenEvent(methodArn: string, token: string): Record<string, unknown> {
  return { type: "TOKEN", methodArn, authorizationToken: token };
}

export function requestEvent(ctx: InvocationContext, methodArn: string): Record<string, unknown> {
  const e = proxyEvent(ctx, arnScope().accountId);
  return {
    type: "REQUEST",
    methodArn,
    resource: e.resource,
    path: e.path,
    httpMethod: e.httpMethod,
    headers: e.headers ?? {},
    multiValueHeaders: e.multiValueHeaders ?? {},
    queryStringParameters: e.queryStringParameters ?? {},
    multiValueQueryStringParameters: e.multiValueQueryStringParameters ?? {},
    pathParameters: e.pathParameters ?? {},
    stageVariables: e.stageVariables ?? {},
    requestContext: e.requestContext,
  };
}
