"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { consolePath, functionKeys } from "./function-keys";
import type { SavedTestEvent } from "./function-types";

export function useSaveFunctionTestEvents(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (events: SavedTestEvent[]) => (await controlApi<{ events: SavedTestEvent[] }>(`${consolePath(name)}/test-events`, { method: "PUT", body: { events } })).events,
    onSuccess: (events) => qc.setQueryData(functionKeys.testEvents(name), events),
  });
}
