"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration } from "./function-types";

export function usePublishFunctionVersion(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (description: string) =>
      controlApi<FunctionConfiguration>(`${fnPath(name)}/versions`, { method: "POST", body: description ? { Description: description } : {} }),
    onSuccess: (v) => {
      qc.setQueryData<FunctionConfiguration[]>(functionKeys.versions(name), (old) => (old ? [...old.filter((x) => x.Version !== v.Version), v] : old));
      qc.invalidateQueries({ queryKey: functionKeys.versions(name) });
    },
  });
}
