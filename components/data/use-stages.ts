"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { ListResponse, Stage } from "./types";

export function useStages(apiId: string) {
  return useQuery({
    queryKey: queryKeys.stages(apiId),
    enabled: !!apiId,
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<Stage>>(`/restapis/${seg(apiId)}/stages`, { signal });
      return (res.item ?? []).sort((a, b) => a.stageName.localeCompare(b.stageName));
    },
  });
}
