/**
 * Function names and ARNs as Lambda accepts them (a name, `name:qualifier`, a partial ARN
 * `account:function:name[:qualifier]` or a full ARN), and API Gateway's Lambda integration URIs
 * `arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations`.
 */
import { invalidParameter } from "./errors";

export interface FunctionRef {
  name: string;
  /** A version number, "$LATEST" or an alias name; undefined means $LATEST. */
  qualifier?: string;
}

export const FUNCTION_NAME = /^[a-zA-Z0-9-_]{1,64}$/;
export const QUALIFIER = /^(|[a-zA-Z0-9$_-]{1,128})$/;
export const ALIAS_NAME = /^(?!^[0-9]+$)([a-zA-Z0-9-_]{1,128})$/;

/** Parses what Lambda's FunctionName parameter accepts; `qualifier` (a separate parameter) wins when both are given. */
export function parseFunctionName(input: string, qualifier?: string | null): FunctionRef {
  let name = input;
  let q: string | undefined;
  const full = /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9$_-]+))?$/.exec(input);
  const partial = /^\d{12}:function:([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9$_-]+))?$/.exec(input);
  const short = /^([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9$_-]+))?$/.exec(input);
  const m = full ?? partial ?? short;
  if (!m) {
    throw invalidParameter(
      `1 validation error detected: Value '${input}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
    );
  }
  name = m[1];
  q = m[2];
  if (!FUNCTION_NAME.test(name)) throw invalidParameter(`Invalid function name: ${name}`);
  if (qualifier) {
    if (q && q !== qualifier) throw invalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
    q = qualifier;
  }
  return { name, qualifier: q || undefined };
}

let scope: { region: string; accountId: string } | undefined;

/**
 * Region and account as the gateway names them in ARNs and request contexts: ARCHWAY_REGION and
 * ARCHWAY_ACCOUNT_ID (settings.region / settings.accountId), read once.
 */
export function arnScope(): { region: string; accountId: string } {
  return (scope ??= {
    region: process.env.ARCHWAY_REGION || "us-east-1",
    accountId: process.env.ARCHWAY_ACCOUNT_ID || "000000000000",
  });
}

export function functionArn(region: string, accountId: string, name: string, qualifier?: string): string {
  return `arn:aws:lambda:${region}:${accountId}:function:${name}${qualifier ? `:${qualifier}` : ""}`;
}

/**
 * The function an integration URI names, after stage variables were substituted. Returns null
 * when the URI is not a Lambda invocation URI.
 */
export function parseIntegrationUri(uri: string): FunctionRef | null {
  const m = /^arn:aws[a-zA-Z-]*:apigateway:[^:]+:lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/.exec(uri);
  if (!m) return null;
  try {
    return parseFunctionName(decodeURIComponent(m[1]));
  } catch {
    return null;
  }
}
