"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Method, Resource } from "./types";

/** One method with its integration and responses (GET .../methods/{verb}). */
export function useMethod(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useQuery<Method>({
    queryKey: queryKeys.method(apiId, resourceId, verb),
    queryFn: ({ signal }) =>
      controlApi<Method>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`, { signal }),
    placeholderData: () =>
      qc.getQueryData<Resource[]>(queryKeys.resources(apiId))?.find((r) => r.id === resourceId)?.resourceMethods?.[verb],
  });
}
