"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { AliasConfiguration } from "./function-types";

export function useDeleteFunctionAlias(fn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (alias: string) => controlApi<void>(`${fnPath(fn)}/aliases/${encodeURIComponent(alias)}`, { method: "DELETE" }),
    onSuccess: (_v, alias) => qc.setQueryData<AliasConfiguration[]>(functionKeys.aliases(fn), (old) => old?.filter((a) => a.Name !== alias)),
  });
}
