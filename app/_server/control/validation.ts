/**
 * AWS's input rules shared by several operations: resource path parts, HTTP verbs, status codes,
 * stage names and stage variables, integration targets.
 */
import "server-only";
import { HTTP_VERBS } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { validationError } from "./http";

// ---------------------------------------------------------------- resource path parts

/** Literal path parts: RFC 3986 path characters (unreserved, sub-delims, ":" and "@"). */
const LITERAL_PART = /^[A-Za-z0-9\-._~:@!$&'()*+,;=]+$/;
/** `{name}` or the greedy `{name+}`. */
const VARIABLE_PART = /^\{[A-Za-z0-9._-]+\+?\}$/;

export const PATH_PART_MESSAGE =
  "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.";

export function isVariablePart(part: string | null | undefined): boolean {
  return !!part && part.startsWith("{") && part.endsWith("}");
}

export function isGreedyPart(part: string | null | undefined): boolean {
  return !!part && part.startsWith("{") && part.endsWith("+}");
}

export function validatePathPart(part: string | undefined): string {
  if (!part || !(LITERAL_PART.test(part) || VARIABLE_PART.test(part))) throw badRequest(PATH_PART_MESSAGE);
  return part;
}

export function childPath(parentPath: string, part: string): string {
  return parentPath === "/" ? `/${part}` : `${parentPath}/${part}`;
}

// ---------------------------------------------------------------- verbs and status codes

export const INVALID_HTTP_METHOD = `Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY`;

/** A method verb from a path: upper-cased, one of AWS's eight. */
export function validateVerb(httpMethod: string): string {
  const verb = httpMethod.toUpperCase();
  if (!(HTTP_VERBS as readonly string[]).includes(verb)) throw badRequest(INVALID_HTTP_METHOD);
  return verb;
}

export function validateStatusCode(statusCode: string): string {
  if (!/^[1-5]\d\d$/.test(statusCode)) {
    throw validationError([
      { value: statusCode, at: "statusCode", constraint: "Member must satisfy regular expression pattern: [1-5]\\d\\d" },
    ]);
  }
  return statusCode;
}

// ---------------------------------------------------------------- stages

/**
 * The developer guide: "Stage names can only contain alphanumeric characters, hyphens, and
 * underscores. Maximum length is 128 characters." The error text is AWS's own (it predates hyphens).
 */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export function validateStageName(stageName: string | undefined): string {
  if (!stageName || !STAGE_NAME.test(stageName)) throw badRequest("Stage name only allows a-zA-Z0-9_");
  return stageName;
}

/**
 * Stage variables. Names: word characters (`[A-Za-z0-9_]`); values: `[A-Za-z0-9-._~:/?#&=,]+`
 * (the SDK's documentation of `variables`) plus the space AWS's own error message lists. Quotas
 * (developer guide, "Quotas for configuring and running a REST API"): 100 variables per stage,
 * names up to 64 characters, values up to 512. The error texts are AWS's, including the double
 * space and the odd quoting (seen in serverless/serverless#6133 and in the answers quoted in
 * sirceljm/aws-lambda-blog#10 and awsdocs/amazon-api-gateway-developer-guide#91).
 */
export const MAX_STAGE_VARIABLES = 100;
export const MAX_STAGE_VARIABLE_NAME = 64;
export const MAX_STAGE_VARIABLE_VALUE = 512;
const VARIABLE_NAME = /^[A-Za-z0-9_]+$/;
const VARIABLE_VALUE = /^[A-Za-z0-9\-._~:/?#&=, ]+$/;

export function validateStageVariable(name: string, value: string | null | undefined): void {
  if (!VARIABLE_NAME.test(name) || name.length > MAX_STAGE_VARIABLE_NAME) {
    throw badRequest(`Invalid stage variable name: ${name}.  Please use names with only word characters.`);
  }
  if (value === null || value === undefined || !VARIABLE_VALUE.test(value) || value.length > MAX_STAGE_VARIABLE_VALUE) {
    throw badRequest(
      `Invalid stage variable value: ${value ?? "null"}.  Please use values with alphanumeric characters and the symbols ' ', -', '.', '_', ':', '/', '?', '&', '=', and ','.`,
    );
  }
}

export function checkStageVariableCount(variables: Record<string, string>): void {
  const n = Object.keys(variables).length;
  if (n > MAX_STAGE_VARIABLES) {
    throw badRequest(`A stage can have at most ${MAX_STAGE_VARIABLES} stage variables; this one would have ${n}`);
  }
}

export function validateStageVariables(variables: Record<string, string> | undefined | null): Record<string, string> {
  for (const [k, v] of Object.entries(variables ?? {})) validateStageVariable(k, v);
  const out = { ...(variables ?? {}) };
  checkStageVariableCount(out);
  return out;
}

// ---------------------------------------------------------------- integrations

export const INTEGRATION_TYPES = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"] as const;
export const MIN_TIMEOUT_MS = 50;
export const MAX_TIMEOUT_MS = 29_000;

/** Stage-variable references (`${stageVariables.x}`) may appear anywhere in a URI, even the host. */
function withoutStageVariables(uri: string): string {
  return uri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "stagevar");
}

export function validateHttpUri(uri: string | undefined): void {
  if (!uri) throw badRequest("Invalid HTTP endpoint specified for URI");
  let url: URL;
  try {
    url = new URL(withoutStageVariables(uri));
  } catch {
    throw badRequest("Invalid HTTP endpoint specified for URI");
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
    throw badRequest("Invalid HTTP endpoint specified for URI");
  }
}

/** `arn:aws:apigateway:{region}:{service}:{path|action}/...`, as AWS checks AWS and AWS_PROXY URIs. */
export function validateAwsUri(type: "AWS" | "AWS_PROXY", uri: string | undefined): void {
  const parts = (uri ?? "").split(":");
  if (parts.length < 6 || parts[0] !== "arn" || parts[2] !== "apigateway") {
    throw badRequest("Invalid ARN specified in the request");
  }
  const service = parts[4];
  const target = parts.slice(5).join(":");
  if (!target.startsWith("path/") && !target.startsWith("action/")) {
    throw badRequest("AWS ARN for integration must contain path or action");
  }
  if (type === "AWS_PROXY" && service !== "lambda" && service !== "firehose") {
    throw badRequest("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.");
  }
}

export function validateTimeout(timeoutInMillis: number): number {
  if (!Number.isInteger(timeoutInMillis) || timeoutInMillis < MIN_TIMEOUT_MS || timeoutInMillis > MAX_TIMEOUT_MS) {
    throw badRequest(`Timeout should be between ${MIN_TIMEOUT_MS} ms and ${MAX_TIMEOUT_MS} ms`);
  }
  return timeoutInMillis;
}
