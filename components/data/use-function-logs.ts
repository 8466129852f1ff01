"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { consolePath, functionKeys } from "./function-keys";
import type { FunctionLogEvent } from "./function-types";

/** The newest invocation logs (optionally filtered by `q`), polled every 2 s while `live`. */
export function useFunctionLogs(name: string, q: string, live: boolean) {
  return useQuery({
    queryKey: functionKeys.logs(name, q),
    queryFn: async ({ signal }) => (await controlApi<{ events: FunctionLogEvent[] }>(`${consolePath(name)}/logs`, { query: { q: q || undefined, limit: 200 }, signal })).events,
    refetchInterval: live ? 2000 : false,
  });
}
