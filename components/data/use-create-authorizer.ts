"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Authorizer } from "./types";
import { byName } from "./use-authorizers";

export type CreateAuthorizerInput = Omit<Authorizer, "id">;

/** CreateAuthorizer (takes effect on the next deployment). */
export function useCreateAuthorizer(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAuthorizerInput) => controlApi<Authorizer>(`/restapis/${seg(apiId)}/authorizers`, { method: "POST", body: { ...input } }),
    onSuccess: (created) => {
      qc.setQueryData<Authorizer[]>(queryKeys.authorizers(apiId), (old) => (old ? [...old, created].sort(byName) : old));
      qc.invalidateQueries({ queryKey: queryKeys.authorizers(apiId) });
    },
  });
}
