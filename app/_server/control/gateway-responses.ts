/**
 * Gateway responses of a REST API: AWS's 21 types, their defaults, the customized rows, and the
 * rules every Put/Update must pass before anything is stored.
 *
 * AWS facts (LocalStack's snapshot tests recorded against AWS, tests/aws/services/apigateway/
 * test_apigateway_api.snapshot.json: test_gateway_response_crud, _put, _validation,
 * test_update_gateway_response):
 * - Every type exists from the start: GetGatewayResponse(s) answer the default with
 *   `defaultResponse: true`, `responseParameters: {}`, `responseTemplates: {"application/json":
 *   "{\"message\":$context.error.messageString}"}` and the type's status code — except DEFAULT_4XX
 *   and DEFAULT_5XX, which have no `statusCode`.
 * - A customized DEFAULT_4XX / DEFAULT_5XX shows through every type of its family that is not
 *   customized itself (its status, parameters and templates; still `defaultResponse: true`).
 * - PutGatewayResponse fills what it is not given from the type's own defaults (status code,
 *   the JSON template, `{}` parameters) and answers `defaultResponse: false` (201).
 * - UpdateGatewayResponse on a type that is not customized starts from the type's default.
 * - DeleteGatewayResponse of a type that is not customized: 404 "Gateway response type not
 *   defined on api".
 * - An unknown type: ValidationException listing the enum in AWS's own order (below).
 */
import "server-only";
import type { GatewayResponse as GatewayResponseRow } from "@/generated/prisma/client";
import { GATEWAY_RESPONSE_DEFAULTS, type GatewayResponseType } from "@/gateway/runtime/errors";
import { badRequest } from "../errors";
import { validationError } from "./http";
import { checkMappingExpressions, checkTemplates } from "./mapping-rules";
import { parseJson } from "./shapes";

/** AWS's enum order, as its validation message lists it. */
export const GATEWAY_RESPONSE_TYPES: readonly GatewayResponseType[] = [
  "REQUEST_TOO_LARGE",
  "RESOURCE_NOT_FOUND",
  "AUTHORIZER_CONFIGURATION_ERROR",
  "MISSING_AUTHENTICATION_TOKEN",
  "BAD_REQUEST_BODY",
  "INVALID_SIGNATURE",
  "INVALID_API_KEY",
  "BAD_REQUEST_PARAMETERS",
  "AUTHORIZER_FAILURE",
  "UNAUTHORIZED",
  "INTEGRATION_TIMEOUT",
  "ACCESS_DENIED",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "WAF_FILTERED",
  "QUOTA_EXCEEDED",
  "THROTTLED",
  "API_CONFIGURATION_ERROR",
  "UNSUPPORTED_MEDIA_TYPE",
  "INTEGRATION_FAILURE",
  "EXPIRED_TOKEN",
];

export const DEFAULT_GATEWAY_RESPONSE_TEMPLATES: Record<string, string> = {
  "application/json": '{"message":$context.error.messageString}',
};

/** The wire shape (GatewayResponse in the SDK). */
export interface GatewayResponseShape {
  responseType: GatewayResponseType;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  defaultResponse: boolean;
}

/** What a customized type stores (and what the deployment snapshot freezes). */
export interface StoredGatewayResponse {
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

export function validateResponseType(responseType: string): GatewayResponseType {
  if (!(GATEWAY_RESPONSE_TYPES as readonly string[]).includes(responseType)) {
    throw validationError([
      {
        value: responseType,
        at: "responseType",
        constraint: `Member must satisfy enum value set: [${GATEWAY_RESPONSE_TYPES.join(", ")}]`,
      },
    ]);
  }
  return responseType as GatewayResponseType;
}

const isFamilyDefault = (t: GatewayResponseType) => t === "DEFAULT_4XX" || t === "DEFAULT_5XX";

/** The type's own default status ("403", ...); none for DEFAULT_4XX and DEFAULT_5XX. */
export function defaultStatusCode(type: GatewayResponseType): string | undefined {
  return isFamilyDefault(type) ? undefined : String(GATEWAY_RESPONSE_DEFAULTS[type].status);
}

export function defaultGatewayResponse(type: GatewayResponseType): StoredGatewayResponse {
  const statusCode = defaultStatusCode(type);
  return {
    ...(statusCode ? { statusCode } : {}),
    responseParameters: {},
    responseTemplates: { ...DEFAULT_GATEWAY_RESPONSE_TEMPLATES },
  };
}

export function storedFromRow(row: GatewayResponseRow): StoredGatewayResponse {
  return {
    ...(row.statusCode ? { statusCode: row.statusCode } : {}),
    responseParameters: parseJson<Record<string, string>>(row.responseParameters, {}),
    responseTemplates: parseJson<Record<string, string>>(row.responseTemplates, {}),
  };
}

/** A customized type as AWS shows it: missing status filled from the type's default. */
export function customizedShape(type: GatewayResponseType, r: StoredGatewayResponse): GatewayResponseShape {
  const statusCode = r.statusCode ?? defaultStatusCode(type);
  return {
    responseType: type,
    ...(statusCode ? { statusCode } : {}),
    responseParameters: { ...r.responseParameters },
    responseTemplates: { ...r.responseTemplates },
    defaultResponse: false,
  };
}

/**
 * What GetGatewayResponse(s) answer for one type, given the API's customized types: the
 * customization, else the family's customized DEFAULT_4XX/DEFAULT_5XX, else AWS's default.
 */
export function effectiveGatewayResponse(
  type: GatewayResponseType,
  customized: ReadonlyMap<string, StoredGatewayResponse>,
): GatewayResponseShape {
  const own = customized.get(type);
  if (own) return customizedShape(type, own);
  if (!isFamilyDefault(type)) {
    const family = customized.get(GATEWAY_RESPONSE_DEFAULTS[type].status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
    if (family) {
      const statusCode = family.statusCode ?? defaultStatusCode(type);
      return {
        responseType: type,
        ...(statusCode ? { statusCode } : {}),
        responseParameters: { ...family.responseParameters },
        responseTemplates: { ...family.responseTemplates },
        defaultResponse: true,
      };
    }
  }
  return { responseType: type, ...defaultGatewayResponse(type), defaultResponse: true };
}

const STATUS_CODE = /^[1-5]\d\d$/;

/**
 * The rules a gateway response must pass before it is stored: a status code AWS's model allows,
 * `gatewayresponse.header.{name}` targets with sources the gateway can evaluate, templates that
 * parse. `at` names the status code member in a ValidationException (Put), or is undefined for
 * a patch (BadRequestException).
 */
export function checkGatewayResponse(r: StoredGatewayResponse, statusCodeAt?: string): StoredGatewayResponse {
  if (r.statusCode !== undefined && !STATUS_CODE.test(r.statusCode)) {
    if (statusCodeAt) {
      throw validationError([
        { value: r.statusCode, at: statusCodeAt, constraint: "Member must satisfy regular expression pattern: [1-5]\\d\\d" },
      ]);
    }
    throw badRequest(`Invalid status code specified: ${r.statusCode}. Status codes must match [1-5]\\d\\d`);
  }
  checkMappingExpressions(r.responseParameters, "gateway");
  checkTemplates(r.responseTemplates, "gateway response");
  return r;
}
