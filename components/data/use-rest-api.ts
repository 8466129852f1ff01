"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { RestApi } from "./types";

export function useRestApi(apiId: string) {
  const qc = useQueryClient();
  return useQuery<RestApi>({
    queryKey: queryKeys.restApi(apiId),
    queryFn: ({ signal }) => controlApi<RestApi>(`/restapis/${seg(apiId)}`, { signal }),
    // Render at once from the list when we came from it.
    placeholderData: () => qc.getQueryData<RestApi[]>(queryKeys.restApis)?.find((a) => a.id === apiId),
  });
}
