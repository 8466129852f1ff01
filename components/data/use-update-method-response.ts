"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { MethodResponse, PatchOperation } from "./types";

/** UpdateMethodResponse: PATCH a method response (/responseParameters/..., /responseModels/...). */
export function useUpdateMethodResponse(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ statusCode, patchOperations }: { statusCode: string; patchOperations: PatchOperation[] }) =>
      controlApi<MethodResponse>(
        `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/responses/${seg(statusCode)}`,
        { method: "PATCH", body: { patchOperations } },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) }),
  });
}
