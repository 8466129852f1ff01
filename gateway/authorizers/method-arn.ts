/**
 * The method ARN an authorizer's policy is evaluated against (and the Lambda receives as
 * `methodArn`): `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}` with the
 * request's own verb and path (no leading slash; the root is `.../GET/`).
 */
import { arnScope } from "../functions/arn";

export function methodArn(apiId: string, stage: string, verb: string, path: string): string {
  const { region, accountId } = arnScope();
  return `arn:aws:execute-api:${region}:${accountId}:${apiId}/${stage}/${verb}/${path.replace(/^\//, "")}`;
}
