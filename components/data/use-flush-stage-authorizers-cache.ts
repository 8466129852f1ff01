"use client";
import { useMutation } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";

/**
 * FlushStageAuthorizersCache (DELETE .../stages/{stage}/cache/authorizers): every cached authorizer
 * result of the stage is dropped; the next request per identity calls its authorizer again.
 */
export function useFlushStageAuthorizersCache(apiId: string, stageName: string) {
  return useMutation({
    mutationFn: () => controlApi<void>(`/restapis/${seg(apiId)}/stages/${seg(stageName)}/cache/authorizers`, { method: "DELETE" }),
  });
}
