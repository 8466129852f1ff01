"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration, FunctionFiles, GetFunctionResponse } from "./function-types";
import { zipBase64 } from "./function-zip";

/** Saves the editor's files as $LATEST's code (TypeScript is transpiled by the server, once). */
export function useUpdateFunctionCode(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (files: Record<string, string>) =>
      controlApi<FunctionConfiguration>(`${fnPath(name)}/code`, { method: "PUT", body: { ZipFile: zipBase64(files) } }),
    onSuccess: (config, files) => {
      qc.setQueryData<GetFunctionResponse>(functionKeys.fn(name), (old) => (old ? { ...old, Configuration: config } : old));
      qc.setQueryData<FunctionFiles>(functionKeys.files(name, "$LATEST"), (old) => (old ? { ...old, files, codeSha256: config.CodeSha256 } : old));
      qc.invalidateQueries({ queryKey: functionKeys.all, exact: true });
    },
  });
}
