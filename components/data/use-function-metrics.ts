"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { consolePath, functionKeys } from "./function-keys";
import type { FunctionMetrics } from "./function-types";

export function useFunctionMetrics(name: string, minutes: number, autoRefresh: boolean) {
  return useQuery({
    queryKey: functionKeys.metrics(name, minutes),
    queryFn: ({ signal }) => controlApi<FunctionMetrics>(`${consolePath(name)}/metrics`, { query: { minutes }, signal }),
    refetchInterval: autoRefresh ? 10_000 : false,
  });
}
