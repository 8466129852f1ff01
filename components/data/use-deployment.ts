"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Deployment } from "./types";

/** One deployment with its API summary (paths → verbs), for "what changed since" views. */
export function useDeployment(apiId: string, deploymentId: string | undefined) {
  return useQuery<Deployment>({
    queryKey: [...queryKeys.deployments(apiId), deploymentId ?? ""],
    enabled: !!deploymentId,
    queryFn: ({ signal }) =>
      controlApi<Deployment>(`/restapis/${seg(apiId)}/deployments/${seg(deploymentId!)}`, {
        query: { embed: "apisummary" },
        signal,
      }),
  });
}
