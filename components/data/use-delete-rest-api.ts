"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { RestApi } from "./types";

/** Deletes an API; the list drops it at once and gets it back if the server refuses. */
export function useDeleteRestApi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (apiId: string) => controlApi<void>(`/restapis/${seg(apiId)}`, { method: "DELETE" }),
    onMutate: async (apiId) => {
      await qc.cancelQueries({ queryKey: queryKeys.restApis, exact: true });
      const previous = qc.getQueryData<RestApi[]>(queryKeys.restApis);
      qc.setQueryData<RestApi[]>(queryKeys.restApis, (old) => old?.filter((a) => a.id !== apiId));
      return { previous };
    },
    onError: (_err, _apiId, ctx) => {
      if (ctx?.previous) qc.setQueryData(queryKeys.restApis, ctx.previous);
    },
    onSuccess: (_data, apiId) => {
      qc.removeQueries({ queryKey: queryKeys.restApi(apiId) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.restApis, exact: true }),
  });
}
