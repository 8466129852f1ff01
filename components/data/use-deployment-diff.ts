"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { stageKeys } from "./stage-keys";
import type { DeploymentDiff } from "./stage-types";

/**
 * What changed from one deployment to another, or to the API as it is now (`to = "current"`).
 * Two deployments never change, so that diff is cached for good; the current API is re-read.
 */
export function useDeploymentDiff(apiId: string, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: stageKeys.diff(apiId, from ?? "", to ?? ""),
    enabled: !!from && !!to,
    staleTime: to === "current" ? 0 : Infinity,
    queryFn: ({ signal }) =>
      controlApi<DeploymentDiff>(`/api/restapis/${seg(apiId)}/deployments/${seg(from!)}/diff`, { query: { to }, signal }),
  });
}
