"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { stageKeys } from "./stage-keys";
import type { DeploymentHistoryEntry } from "./stage-types";

/** Every deployment of an API, newest first, with createdBy and the stages (and canaries) serving it. */
export function useDeploymentHistory(apiId: string) {
  return useQuery({
    queryKey: stageKeys.history(apiId),
    queryFn: async ({ signal }) =>
      (await controlApi<{ items: DeploymentHistoryEntry[] }>(`/api/restapis/${seg(apiId)}/deployments`, { signal })).items,
  });
}
