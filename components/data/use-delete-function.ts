"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration } from "./function-types";

export function useDeleteFunction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => controlApi<void>(fnPath(name), { method: "DELETE" }),
    onSuccess: (_v, name) => {
      qc.setQueryData<FunctionConfiguration[]>(functionKeys.all, (old) => old?.filter((f) => f.FunctionName !== name));
      qc.removeQueries({ queryKey: functionKeys.fn(name) });
    },
  });
}
