"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";

export function useDeleteMethodResponse(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (statusCode: string) =>
      controlApi<void>(
        `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/responses/${seg(statusCode)}`,
        { method: "DELETE" },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) }),
  });
}
