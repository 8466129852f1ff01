/**
 * The method ARN an authorizer's policy is evaluated against (and the Lambda receives as
 * `methodArn`): `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}` with the
 * request's own verb and path (no leading slash; the root is `.../GET/`).
 */

let scope: { region: string; accountId: string } | undefined;

/** Region and account as the gateway names them in ARNs (ARCHWAY_REGION, ARCHWAY_ACCOUNT_ID), read once. */
export function arnScope(): { region: string; accountId: string } {
  return (scope ??= {
    region: process.env.ARCHWAY_REGION || "us-east-1",
    accountId: process.env.ARCHWAY_ACCOUNT_ID || "000000000000",
  });
}

export function methodArn(apiId: string, stage: string, verb: string, path: string): string {
  const { region, accountId } = arnScope();
  return `arn:aws:execute-api:${region}:${accountId}:${apiId}/${stage}/${verb}/${path.replace(/^\//, "")}`;
}

/** The function ARN a Lambda invocation names, for log lines. */
export function lambdaFunctionArn(name: string, qualifier?: string): string {
  const { region, accountId } = arnScope();
  return `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ""}`;
}
