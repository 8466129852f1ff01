/**
 * CreateAuthorizer / UpdateAuthorizer checks, as AWS makes them. Messages quoted from AWS where
 * they were found in the wild (token source: serverless/serverless#4428, aws/aws-cdk#6330;
 * authorizer URI: hashicorp/terraform-provider-aws#1757, aws/aws-cdk#8098; identity source with
 * caching: AWS's own wording from the HTTP API variant, hashicorp/terraform-provider-aws#32629);
 * the others say plainly what is wrong. Identity sources are parsed by the gateway's own parser,
 * so whatever is accepted here is what the gateway reads.
 */
import "server-only";
import type { Authorizer, AuthorizerType } from "@/gateway/model/api-types";
import { DEFAULT_TTL_SECONDS } from "@/gateway/authorizers/compile-authorizer";
import { parseRequestSource, parseTokenSource, splitIdentitySources } from "@/gateway/authorizers/identity-sources";
import { badRequest } from "../errors";
import { validationError } from "./http";

const AUTHORIZER_TYPES: readonly AuthorizerType[] = ["TOKEN", "REQUEST", "COGNITO_USER_POOLS"];
const MAX_TTL_SECONDS = 3600;

/**
 * `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`, checked
 * as loosely as AWS checks it (a real region, a Lambda path ending in /invocations); stage
 * variables may stand anywhere in the function part. The gateway resolves the function per stage.
 */
const LAMBDA_URI = /^arn:aws[a-zA-Z-]*:apigateway:[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+:lambda:path\/.*functions\/.+\/invocations$/s;
const COGNITO_ARN = /^arn:aws[a-zA-Z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/.+$/;

const tokenSourceMessage = (value: string | undefined) =>
  `Invalid token source expression: ${value ?? "null"}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.`;

function checkUri(uri: string | undefined): void {
  if (!uri || !LAMBDA_URI.test(uri)) {
    throw badRequest(
      `Invalid Authorizer URI: ${uri ?? "null"}. Authorizer URI should be a valid API Gateway ARN that represents a Lambda function invocation.`,
    );
  }
}

function checkIdentitySources(a: Authorizer, ttl: number): void {
  const expressions = splitIdentitySources(a.identitySource);
  if (a.type !== "REQUEST") {
    if (expressions.length !== 1 || !parseTokenSource(expressions[0])) throw badRequest(tokenSourceMessage(a.identitySource));
    return;
  }
  for (const e of expressions) {
    if (!parseRequestSource(e)) {
      throw badRequest(
        `Invalid identity source expression: ${e}. The source must be a method request header, query string, stage variable or context variable ('method.request.header.Name', 'method.request.querystring.Name', 'stageVariables.Name' or 'context.Name').`,
      );
    }
  }
  if (expressions.length === 0 && ttl > 0) throw badRequest("Identity source must be set if authorizer caching is enabled (TTL is greater than 0)");
}

function checkValidationExpression(a: Authorizer): void {
  if (a.type !== "TOKEN" || !a.identityValidationExpression) return; // does not apply to REQUEST
  try {
    new RegExp(a.identityValidationExpression);
  } catch (err) {
    throw badRequest(`Invalid identity validation expression specified: ${(err as Error).message}`);
  }
}

function checkProviderArns(a: Authorizer): void {
  const arns = a.providerARNs ?? [];
  if (arns.length === 0) throw badRequest("A COGNITO_USER_POOLS authorizer requires at least one provider ARN (arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id})");
  const bad = arns.find((arn) => !COGNITO_ARN.test(arn));
  if (bad) throw badRequest(`Invalid provider ARN specified: ${bad}`);
}

/**
 * Checks an authorizer as it would be stored; `inputName` is AWS's name for the request shape in
 * validation messages. Returns it normalized (AWS's authType default; stored text otherwise as given, so tools that
 * compare what they sent with what they read back see no difference).
 */
export function checkAuthorizer(a: Authorizer, inputName: "createAuthorizerInput" | "updateAuthorizerInput"): Authorizer {
  const problems = [];
  if (!a.name) problems.push({ value: null, at: `${inputName}.name`, constraint: "Member must not be null" });
  if (!(AUTHORIZER_TYPES as readonly string[]).includes(a.type)) {
    problems.push({ value: a.type ?? null, at: `${inputName}.type`, constraint: `Member must satisfy enum value set: [${AUTHORIZER_TYPES.join(", ")}]` });
  }
  if (problems.length) throw validationError(problems);
  const ttl = a.authorizerResultTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_TTL_SECONDS)) {
    throw badRequest(`Invalid authorizer result TTL specified: ${ttl}. It must be between 0 and ${MAX_TTL_SECONDS} seconds.`);
  }
  if (a.type === "COGNITO_USER_POOLS") checkProviderArns(a);
  else checkUri(a.authorizerUri);
  checkIdentitySources(a, ttl ?? DEFAULT_TTL_SECONDS);
  checkValidationExpression(a);
  const out: Authorizer = { ...a };
  // What AWS answers for an authorizer created without authType (recorded: "custom" for TOKEN).
  out.authType ??= a.type === "COGNITO_USER_POOLS" ? "cognito_user_pools" : "custom";
  if (a.type !== "COGNITO_USER_POOLS") delete out.providerARNs;
  return out;
}
