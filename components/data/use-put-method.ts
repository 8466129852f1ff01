"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Method, Resource } from "./types";

export interface PutMethodInput {
  resourceId: string;
  verb: string;
  authorizationType?: string;
  apiKeyRequired?: boolean;
  requestParameters?: Record<string, boolean>;
}

/** Creates (or replaces) a method on a resource. */
export function usePutMethod(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ resourceId, verb, authorizationType = "NONE", apiKeyRequired, requestParameters }: PutMethodInput) =>
      controlApi<Method>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`, {
        method: "PUT",
        body: {
          authorizationType,
          ...(apiKeyRequired !== undefined ? { apiKeyRequired } : {}),
          ...(requestParameters ? { requestParameters } : {}),
        },
      }),
    onSuccess: (method, { resourceId, verb }) => {
      qc.setQueryData<Resource[]>(queryKeys.resources(apiId), (old) =>
        old?.map((r) =>
          r.id === resourceId ? { ...r, resourceMethods: { ...(r.resourceMethods ?? {}), [verb]: method } } : r,
        ),
      );
      qc.setQueryData(queryKeys.method(apiId, resourceId, verb), method);
      qc.invalidateQueries({ queryKey: queryKeys.resources(apiId), exact: true });
    },
  });
}
