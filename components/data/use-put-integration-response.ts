"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { IntegrationResponse } from "./types";

export interface PutIntegrationResponseInput {
  statusCode: string;
  selectionPattern?: string;
  responseTemplates?: Record<string, string>;
  responseParameters?: Record<string, string>;
  contentHandling?: string;
}

export function usePutIntegrationResponse(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ statusCode, ...body }: PutIntegrationResponseInput) =>
      controlApi<IntegrationResponse>(
        `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/integration/responses/${seg(statusCode)}`,
        { method: "PUT", body },
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) }),
  });
}
