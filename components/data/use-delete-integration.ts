"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";

export function useDeleteIntegration(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      controlApi<void>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/integration`, {
        method: "DELETE",
      }),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) });
      qc.invalidateQueries({ queryKey: queryKeys.resources(apiId), exact: true });
    },
  });
}
