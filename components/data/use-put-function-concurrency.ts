"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { functionKeys } from "./function-keys";

/** Sets (a number) or removes (null) the function's reserved concurrency. */
export function usePutFunctionConcurrency(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reserved: number | null) =>
      reserved === null
        ? controlApi<void>(`/2017-10-31/functions/${encodeURIComponent(name)}/concurrency`, { method: "DELETE" })
        : controlApi<void>(`/2017-10-31/functions/${encodeURIComponent(name)}/concurrency`, { method: "PUT", body: { ReservedConcurrentExecutions: reserved } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: functionKeys.fn(name), exact: true }),
  });
}
