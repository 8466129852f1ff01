"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Authorizer, PatchOperation } from "./types";

/** UpdateAuthorizer with AWS patch operations (e.g. replace /authorizerResultTtlInSeconds). */
export function useUpdateAuthorizer(apiId: string, authorizerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patchOperations: PatchOperation[]) =>
      controlApi<Authorizer>(`/restapis/${seg(apiId)}/authorizers/${seg(authorizerId)}`, { method: "PATCH", body: { patchOperations } }),
    onSuccess: (updated) => {
      qc.setQueryData<Authorizer[]>(queryKeys.authorizers(apiId), (old) => old?.map((a) => (a.id === updated.id ? updated : a)));
      qc.invalidateQueries({ queryKey: queryKeys.authorizers(apiId) });
    },
  });
}
