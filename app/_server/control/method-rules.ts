/** Checks a Method definition as AWS does on PutMethod and UpdateMethod. */
import "server-only";
import { badRequest } from "../errors";
import { mappingExpressionError } from "./mapping-rules";
import { usesAuthorizer } from "./method-authorizer-rules";
import type { StoredMethod } from "./shapes";

export const AUTHORIZATION_TYPES = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"] as const;

/** Every API has these two models from the start. */
export const DEFAULT_MODELS = ["Empty", "Error"];

/**
 * Validates and normalizes a method definition. Request validators and custom models are later
 * capabilities: until they exist the only valid references are the default models.
 */
export function checkMethod(m: StoredMethod): StoredMethod {
  if (!(AUTHORIZATION_TYPES as readonly string[]).includes(m.authorizationType)) {
    throw badRequest(`Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(",")}`);
  }
  const out: StoredMethod = { ...m };
  // With NONE or AWS_IAM an authorizer id is ignored, as AWS does. CUSTOM and COGNITO_USER_POOLS
  // need an existing authorizer: checkMethodAuthorizer (method-authorizer-rules.ts) looks it up.
  if (!usesAuthorizer(m)) delete out.authorizerId;
  if (m.requestValidatorId) throw badRequest("Invalid Request Validator identifier specified");
  for (const model of Object.values(m.requestModels ?? {})) {
    if (!DEFAULT_MODELS.includes(model)) throw badRequest(`Invalid model identifier specified: ${model}`);
  }
  checkMethodRequestParameters(m.requestParameters);
  return out;
}

const METHOD_REQUEST_PARAMETER = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.([^.\s][^\s]*)$/;

/**
 * Method request parameters: `method.request.{path|querystring|multivaluequerystring|header|
 * multivalueheader}.{name}`, and one name in one place only. AWS answers a bad key with
 * "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid
 * mapping expression specified: <key>]" and the same name in two places with "Parameter names
 * must be unique across querystring, header and path" (LocalStack snapshots recorded against AWS).
 */
export function checkMethodRequestParameters(params: Record<string, boolean> | undefined): void {
  const seen = new Map<string, string>();
  for (const key of Object.keys(params ?? {})) {
    const m = METHOD_REQUEST_PARAMETER.exec(key);
    if (!m) throw mappingExpressionError(`Invalid mapping expression specified: ${key}`);
    const place = m[1].replace("multivalue", "");
    const other = seen.get(m[2]);
    if (other !== undefined && other !== place) throw badRequest("Parameter names must be unique across querystring, header and path");
    seen.set(m[2], place);
  }
}
