"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { gatewayResponsesKey, type GatewayResponse, type GatewayResponseType } from "./use-gateway-responses";

export interface PutGatewayResponseInput {
  responseType: GatewayResponseType;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

/** PutGatewayResponse: replaces a type's customization (takes effect on the next deployment). */
export function usePutGatewayResponse(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ responseType, ...body }: PutGatewayResponseInput) =>
      controlApi<GatewayResponse>(`/restapis/${seg(apiId)}/gatewayresponses/${seg(responseType)}`, { method: "PUT", body }),
    onSettled: () => qc.invalidateQueries({ queryKey: gatewayResponsesKey(apiId) }),
  });
}
