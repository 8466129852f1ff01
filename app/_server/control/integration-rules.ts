/** Checks and normalizes an Integration as AWS does on PutIntegration and UpdateIntegration. */
import "server-only";
import type { Integration } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { validationError } from "./http";
import { checkIntegrationRequestParameters, checkTemplates } from "./mapping-rules";
import type { StoredMethod } from "./shapes";
import {
  INTEGRATION_TYPES,
  INVALID_HTTP_METHOD,
  validateAwsUri,
  validateHttpUri,
  validateTimeout,
} from "./validation";
import { HTTP_VERBS } from "@/gateway/model/api-types";

/** The stored integration; `tlsConfig` is kept for HTTPS backends. */
export type StoredIntegration = Integration & { tlsConfig?: { insecureSkipVerification?: boolean } };

const PASSTHROUGH = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"];
const CONTENT_HANDLING = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"];

export function checkIntegrationType(type: string, inputName: string): Integration["type"] {
  if (!(INTEGRATION_TYPES as readonly string[]).includes(type)) {
    throw validationError([
      { value: type, at: `${inputName}.type`, constraint: `Member must satisfy enum value set: [${INTEGRATION_TYPES.join(", ")}]` },
    ]);
  }
  return type as Integration["type"];
}

/**
 * `contentHandling` is an enum member of the Put* inputs: AWS's request validation answers a
 * value outside it with a ValidationException naming the member (as for `type`).
 */
export function checkContentHandlingMember(value: string | undefined, at: string): void {
  if (value !== undefined && !CONTENT_HANDLING.includes(value)) {
    throw validationError([{ value, at, constraint: `Member must satisfy enum value set: [${CONTENT_HANDLING.join(", ")}]` }]);
  }
}

/**
 * Validates an integration against AWS's rules and the method it belongs to (parameter mappings
 * may only read declared method request parameters). Throws before anything is stored.
 */
export function checkIntegration(i: StoredIntegration, method: Pick<StoredMethod, "requestParameters">): StoredIntegration {
  const out: StoredIntegration = { ...i };
  if (i.type !== "MOCK") {
    if (!i.httpMethod) throw badRequest("Enumeration value for HttpMethod must be non-empty");
  }
  if (i.httpMethod !== undefined) {
    const verb = i.httpMethod.toUpperCase();
    if (!(HTTP_VERBS as readonly string[]).includes(verb)) throw badRequest(INVALID_HTTP_METHOD);
    out.httpMethod = verb;
  }
  if (i.type === "HTTP" || i.type === "HTTP_PROXY") {
    validateHttpUri(i.uri);
    out.connectionType = i.connectionType ?? "INTERNET";
  } else if (i.type === "AWS" || i.type === "AWS_PROXY") {
    validateAwsUri(i.type, i.uri);
  }
  if (out.connectionType !== undefined && out.connectionType !== "INTERNET" && out.connectionType !== "VPC_LINK") {
    throw badRequest("Invalid connection type specified. Valid options are INTERNET,VPC_LINK");
  }
  if (out.connectionType === "VPC_LINK" && !out.connectionId) {
    throw badRequest("Connection id must be specified when connection type is VPC_LINK");
  }
  if (out.connectionType !== "VPC_LINK") delete out.connectionId;
  if (out.passthroughBehavior !== undefined && !PASSTHROUGH.includes(out.passthroughBehavior)) {
    throw badRequest(`Invalid passthrough behavior specified: ${out.passthroughBehavior}. Valid options are ${PASSTHROUGH.join(",")}`);
  }
  if (out.contentHandling !== undefined && !CONTENT_HANDLING.includes(out.contentHandling)) {
    throw badRequest(`Invalid content handling specified: ${out.contentHandling}. Valid options are ${CONTENT_HANDLING.join(",")}`);
  }
  checkIntegrationRequestParameters(out.requestParameters, method.requestParameters);
  checkTemplates(out.requestTemplates, "integration request");
  validateTimeout(out.timeoutInMillis);
  return out;
}
