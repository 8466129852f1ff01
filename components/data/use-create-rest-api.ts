"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { queryKeys } from "./query-keys";
import type { RestApi } from "./types";

export interface CreateRestApiInput {
  name: string;
  description?: string;
}

export function useCreateRestApi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRestApiInput) =>
      controlApi<RestApi>("/restapis", {
        method: "POST",
        body: { name: input.name, ...(input.description ? { description: input.description } : {}) },
      }),
    onSuccess: (api) => {
      qc.setQueryData<RestApi[]>(queryKeys.restApis, (old) => (old ? [...old.filter((a) => a.id !== api.id), api] : old));
      qc.setQueryData(queryKeys.restApi(api.id), api);
      qc.invalidateQueries({ queryKey: queryKeys.restApis, exact: true });
    },
  });
}
