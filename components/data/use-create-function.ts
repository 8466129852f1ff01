"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { functionKeys } from "./function-keys";
import type { FunctionConfiguration } from "./function-types";
import { zipBase64 } from "./function-zip";

export interface CreateFunctionInput {
  name: string;
  files: Record<string, string>;
  handler: string;
  runtime: string;
  description?: string;
}

export function useCreateFunction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFunctionInput) =>
      controlApi<FunctionConfiguration>("/2015-03-31/functions", {
        method: "POST",
        body: {
          FunctionName: input.name,
          Runtime: input.runtime,
          Handler: input.handler,
          Role: "arn:aws:iam::000000000000:role/archway-function",
          Code: { ZipFile: zipBase64(input.files) },
          ...(input.description ? { Description: input.description } : {}),
        },
      }),
    onSuccess: (fn) => {
      qc.setQueryData<FunctionConfiguration[]>(functionKeys.all, (old) => (old ? [...old.filter((f) => f.FunctionName !== fn.FunctionName), fn] : old));
      qc.invalidateQueries({ queryKey: functionKeys.all, exact: true });
    },
  });
}
