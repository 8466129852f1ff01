"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Resource } from "./types";

export interface CreateResourceInput {
  parentId: string;
  pathPart: string;
}

export function useCreateResource(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ parentId, pathPart }: CreateResourceInput) =>
      controlApi<Resource>(`/restapis/${seg(apiId)}/resources/${seg(parentId)}`, { method: "POST", body: { pathPart } }),
    onSuccess: (resource) => {
      qc.setQueryData<Resource[]>(queryKeys.resources(apiId), (old) =>
        old ? [...old.filter((r) => r.id !== resource.id), resource].sort((a, b) => a.path.localeCompare(b.path)) : old,
      );
      qc.invalidateQueries({ queryKey: queryKeys.resources(apiId), exact: true });
    },
  });
}
