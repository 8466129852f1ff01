"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Resource } from "./types";

export function useDeleteMethod(apiId: string) {
  const qc = useQueryClient();
  const key = queryKeys.resources(apiId);
  return useMutation({
    mutationFn: ({ resourceId, verb }: { resourceId: string; verb: string }) =>
      controlApi<void>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`, {
        method: "DELETE",
      }),
    onMutate: async ({ resourceId, verb }) => {
      await qc.cancelQueries({ queryKey: key, exact: true });
      const previous = qc.getQueryData<Resource[]>(key);
      qc.setQueryData<Resource[]>(key, (old) =>
        old?.map((r) => {
          if (r.id !== resourceId || !r.resourceMethods) return r;
          const { [verb]: _gone, ...rest } = r.resourceMethods;
          return { ...r, resourceMethods: rest };
        }),
      );
      return { previous };
    },
    onError: (_e, _v, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSuccess: (_d, { resourceId, verb }) => qc.removeQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) }),
    onSettled: () => qc.invalidateQueries({ queryKey: key, exact: true }),
  });
}
