"use client";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { ListResponse, Stage } from "./types";

/** The stages of one API, sorted by name; shared by useStages and the command palette (useQueries). */
export function stagesQuery(apiId: string) {
  return queryOptions({
    queryKey: queryKeys.stages(apiId),
    enabled: !!apiId,
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<Stage>>(`/restapis/${seg(apiId)}/stages`, { signal });
      return (res.item ?? []).sort((a, b) => a.stageName.localeCompare(b.stageName));
    },
  });
}

export function useStages(apiId: string) {
  return useQuery(stagesQuery(apiId));
}
