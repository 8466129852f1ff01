"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { queryKeys } from "./query-keys";
import type { ListResponse, RestApi } from "./types";

/** All REST APIs (the control API pages with `position`; this follows every page). */
export function useRestApis() {
  return useQuery({
    queryKey: queryKeys.restApis,
    queryFn: async ({ signal }) => {
      const all: RestApi[] = [];
      let position: string | undefined;
      for (let page = 0; page < 50; page++) {
        const res = await controlApi<ListResponse<RestApi>>("/restapis", { query: { limit: 500, position }, signal });
        all.push(...(res.item ?? []));
        if (!res.position || res.position === position) break;
        position = res.position;
      }
      return all;
    },
  });
}
