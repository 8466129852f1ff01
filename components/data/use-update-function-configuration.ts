"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration, GetFunctionResponse } from "./function-types";

export interface FunctionConfigurationInput {
  Handler?: string;
  Description?: string;
  Timeout?: number;
  MemorySize?: number;
  Runtime?: string;
  Environment?: { Variables: Record<string, string> };
}

export function useUpdateFunctionConfiguration(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FunctionConfigurationInput) =>
      controlApi<FunctionConfiguration>(`${fnPath(name)}/configuration`, { method: "PUT", body: { ...input } }),
    onSuccess: (config) => {
      qc.setQueryData<GetFunctionResponse>(functionKeys.fn(name), (old) => (old ? { ...old, Configuration: config } : old));
      qc.invalidateQueries({ queryKey: functionKeys.all, exact: true });
    },
  });
}
