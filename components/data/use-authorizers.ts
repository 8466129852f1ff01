"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Authorizer, ListResponse } from "./types";

/** The order the console lists authorizers in: by name, then id. */
export const byName = (a: Authorizer, b: Authorizer) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** An API's authorizers (GetAuthorizers), sorted by name; shared by the tab, the method editor and the palette. */
export function useAuthorizers(apiId: string) {
  return useQuery({
    queryKey: queryKeys.authorizers(apiId),
    enabled: !!apiId,
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<Authorizer>>(`/restapis/${seg(apiId)}/authorizers`, { query: { limit: 500 }, signal });
      return (res.item ?? []).sort(byName);
    },
  });
}
