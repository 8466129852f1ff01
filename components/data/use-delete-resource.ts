"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Resource } from "./types";

/** Deletes a resource and (as AWS does) everything under it; the tree updates at once. */
export function useDeleteResource(apiId: string) {
  const qc = useQueryClient();
  const key = queryKeys.resources(apiId);
  return useMutation({
    mutationFn: (resourceId: string) =>
      controlApi<void>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}`, { method: "DELETE" }),
    onMutate: async (resourceId) => {
      await qc.cancelQueries({ queryKey: key, exact: true });
      const previous = qc.getQueryData<Resource[]>(key);
      const target = previous?.find((r) => r.id === resourceId);
      if (previous && target) {
        qc.setQueryData<Resource[]>(
          key,
          previous.filter((r) => r.id !== resourceId && !r.path.startsWith(target.path + "/")),
        );
      }
      return { previous };
    },
    onError: (_e, _id, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key, exact: true }),
  });
}
