"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Stage } from "./types";

export function useStage(apiId: string, stageName: string) {
  const qc = useQueryClient();
  return useQuery<Stage>({
    queryKey: queryKeys.stage(apiId, stageName),
    queryFn: ({ signal }) => controlApi<Stage>(`/restapis/${seg(apiId)}/stages/${seg(stageName)}`, { signal }),
    placeholderData: () => qc.getQueryData<Stage[]>(queryKeys.stages(apiId))?.find((s) => s.stageName === stageName),
  });
}
