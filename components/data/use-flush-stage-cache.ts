"use client";
import { useMutation } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";

/**
 * FlushStageCache (DELETE .../stages/{stage}/cache/data): every cached response of the stage is
 * dropped; the gateway answers from the integrations again within its reload interval.
 */
export function useFlushStageCache(apiId: string, stageName: string) {
  return useMutation({
    mutationFn: () => controlApi<void>(`/restapis/${seg(apiId)}/stages/${seg(stageName)}/cache/data`, { method: "DELETE" }),
  });
}
