"use client";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Authorizer, ListResponse } from "./types";

/** An API's authorizers (GetAuthorizers), sorted by name; shared by the tab, the method editor and the palette. */
export function authorizersQuery(apiId: string) {
  return queryOptions({
    queryKey: queryKeys.authorizers(apiId),
    enabled: !!apiId,
    queryFn: async ({ signal }) => {
      const res = await controlApi<ListResponse<Authorizer>>(`/restapis/${seg(apiId)}/authorizers`, { query: { limit: 500 }, signal });
      return (res.item ?? []).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },
  });
}

export function useAuthorizers(apiId: string) {
  return useQuery(authorizersQuery(apiId));
}
