"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Authorizer } from "./types";

/** DeleteAuthorizer (AWS refuses while a method uses it; the message names the method). */
export function useDeleteAuthorizer(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (authorizerId: string) => controlApi<void>(`/restapis/${seg(apiId)}/authorizers/${seg(authorizerId)}`, { method: "DELETE" }),
    onSuccess: (_r, authorizerId) => {
      qc.setQueryData<Authorizer[]>(queryKeys.authorizers(apiId), (old) => old?.filter((a) => a.id !== authorizerId));
      qc.invalidateQueries({ queryKey: queryKeys.authorizers(apiId) });
    },
  });
}
