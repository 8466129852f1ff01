"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { consolePath, functionKeys } from "./function-keys";
import type { SavedTestEvent } from "./function-types";

export function useFunctionTestEvents(name: string) {
  return useQuery({
    queryKey: functionKeys.testEvents(name),
    queryFn: async ({ signal }) => (await controlApi<{ events: SavedTestEvent[] }>(`${consolePath(name)}/test-events`, { signal })).events,
  });
}
