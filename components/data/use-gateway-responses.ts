"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import type { ListResponse } from "./types";

/** AWS's gateway response types (the GatewayResponseType enum). */
export type GatewayResponseType =
  | "DEFAULT_4XX"
  | "DEFAULT_5XX"
  | "ACCESS_DENIED"
  | "API_CONFIGURATION_ERROR"
  | "AUTHORIZER_CONFIGURATION_ERROR"
  | "AUTHORIZER_FAILURE"
  | "BAD_REQUEST_PARAMETERS"
  | "BAD_REQUEST_BODY"
  | "EXPIRED_TOKEN"
  | "INTEGRATION_FAILURE"
  | "INTEGRATION_TIMEOUT"
  | "INVALID_API_KEY"
  | "INVALID_SIGNATURE"
  | "MISSING_AUTHENTICATION_TOKEN"
  | "QUOTA_EXCEEDED"
  | "REQUEST_TOO_LARGE"
  | "RESOURCE_NOT_FOUND"
  | "THROTTLED"
  | "UNAUTHORIZED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "WAF_FILTERED";

/** The wire shape (GatewayResponse in @aws-sdk/client-api-gateway). */
export interface GatewayResponse {
  responseType: GatewayResponseType;
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  /** True when the type is not customized (AWS's default, or its DEFAULT_4XX/5XX family's). */
  defaultResponse: boolean;
}

export const gatewayResponsesKey = (apiId: string) => ["restapis", apiId, "gatewayresponses"] as const;

/** Every gateway response type of an API, customized or default (GET /restapis/{id}/gatewayresponses). */
export function useGatewayResponses(apiId: string) {
  return useQuery({
    queryKey: gatewayResponsesKey(apiId),
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<GatewayResponse>>(`/restapis/${seg(apiId)}/gatewayresponses`, {
        query: { limit: 500 },
        signal,
      });
      return res.item ?? [];
    },
  });
}
