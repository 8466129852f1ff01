"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration, GetFunctionResponse } from "./function-types";

async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** UpdateFunctionCode with an uploaded deployment package (.zip), as `aws lambda update-function-code --zip-file` does. */
export function useUploadFunctionZip(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: Blob) => controlApi<FunctionConfiguration>(`${fnPath(name)}/code`, { method: "PUT", body: { ZipFile: await base64Of(file) } }),
    onSuccess: (config) => {
      qc.setQueryData<GetFunctionResponse>(functionKeys.fn(name), (old) => (old ? { ...old, Configuration: config } : old));
      qc.invalidateQueries({ queryKey: functionKeys.all, exact: true });
      // Resolved once the editor's files are refetched, so it reloads the new package.
      return qc.invalidateQueries({ queryKey: ["functions", name, "files"] });
    },
  });
}
