"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Deployment, ListResponse } from "./types";

/** Deployments of an API, newest first. */
export function useDeployments(apiId: string) {
  return useQuery({
    queryKey: queryKeys.deployments(apiId),
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<Deployment>>(`/restapis/${seg(apiId)}/deployments`, {
        query: { limit: 500 },
        signal,
      });
      return (res.item ?? []).sort((a, b) => b.createdDate - a.createdDate);
    },
  });
}
