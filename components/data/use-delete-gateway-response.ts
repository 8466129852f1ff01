"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { gatewayResponsesKey, type GatewayResponseType } from "./use-gateway-responses";

/** DeleteGatewayResponse: the type goes back to its default. */
export function useDeleteGatewayResponse(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (responseType: GatewayResponseType) =>
      controlApi<void>(`/restapis/${seg(apiId)}/gatewayresponses/${seg(responseType)}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: gatewayResponsesKey(apiId) }),
  });
}
