"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { PatchOperation, RestApi } from "./types";

/** PATCH /restapis/{id} with AWS patch operations (e.g. replace /name). */
export function useUpdateRestApi(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patchOperations: PatchOperation[]) =>
      controlApi<RestApi>(`/restapis/${seg(apiId)}`, { method: "PATCH", body: { patchOperations } }),
    onSuccess: (api) => {
      qc.setQueryData(queryKeys.restApi(apiId), api);
      qc.setQueryData<RestApi[]>(queryKeys.restApis, (old) => old?.map((a) => (a.id === apiId ? api : a)));
    },
  });
}
