"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { ListResponse, Resource } from "./types";

/** Every resource of an API with its methods embedded, sorted by path. */
export function useResources(apiId: string) {
  return useQuery({
    queryKey: queryKeys.resources(apiId),
    enabled: !!apiId,
    queryFn: async ({ signal }) => {
      const all: Resource[] = [];
      let position: string | undefined;
      for (let page = 0; page < 50; page++) {
        const res = await controlApi<ListResponse<Resource>>(`/restapis/${seg(apiId)}/resources`, {
          query: { embed: "methods", limit: 500, position },
          signal,
        });
        all.push(...(res.item ?? []));
        if (!res.position || res.position === position) break;
        position = res.position;
      }
      return all.sort((a, b) => a.path.localeCompare(b.path));
    },
  });
}
