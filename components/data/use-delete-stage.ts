"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Stage } from "./types";

export function useDeleteStage(apiId: string) {
  const qc = useQueryClient();
  const key = queryKeys.stages(apiId);
  return useMutation({
    mutationFn: (stageName: string) =>
      controlApi<void>(`/restapis/${seg(apiId)}/stages/${seg(stageName)}`, { method: "DELETE" }),
    onMutate: async (stageName) => {
      await qc.cancelQueries({ queryKey: key, exact: true });
      const previous = qc.getQueryData<Stage[]>(key);
      qc.setQueryData<Stage[]>(key, (old) => old?.filter((s) => s.stageName !== stageName));
      return { previous };
    },
    onError: (_e, _n, ctx) => {
      if (ctx?.previous) qc.setQueryData(key, ctx.previous);
    },
    onSuccess: (_d, stageName) => qc.removeQueries({ queryKey: queryKeys.stage(apiId, stageName) }),
    onSettled: () => qc.invalidateQueries({ queryKey: key, exact: true }),
  });
}
