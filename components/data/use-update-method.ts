"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Method, PatchOperation } from "./types";

/** PATCH a method with AWS patch operations (e.g. replace /apiKeyRequired). */
export function useUpdateMethod(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patchOperations: PatchOperation[]) =>
      controlApi<Method>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`, {
        method: "PATCH",
        body: { patchOperations },
      }),
    onSuccess: (method) => {
      qc.setQueryData(queryKeys.method(apiId, resourceId, verb), method);
      qc.invalidateQueries({ queryKey: queryKeys.resources(apiId) });
    },
  });
}
