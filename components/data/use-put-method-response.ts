"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { MethodResponse } from "./types";

export interface PutMethodResponseInput {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export function usePutMethodResponse(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ statusCode, ...body }: PutMethodResponseInput) =>
      controlApi<MethodResponse>(
        `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/responses/${seg(statusCode)}`,
        { method: "PUT", body },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) }),
  });
}
