"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { queryKeys } from "./query-keys";

/** A stage's ARN, as TagResource and GetTags take it. */
export function stageArn(region: string | undefined, apiId: string, stageName: string) {
  return `arn:aws:apigateway:${region || "us-east-1"}::/restapis/${apiId}/stages/${stageName}`;
}

/** TagResource + UntagResource on a stage ARN, in one call: set these tags, remove those keys. */
export function useStageTags(apiId: string, stageName: string, region: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ set, remove }: { set: Record<string, string>; remove: string[] }) => {
      const path = `/tags/${stageArn(region, apiId, stageName)}`;
      if (remove.length) {
        const qs = remove.map((k) => `tagKeys=${encodeURIComponent(k)}`).join("&");
        await controlApi<void>(`${path}?${qs}`, { method: "DELETE" });
      }
      if (Object.keys(set).length) await controlApi<void>(path, { method: "PUT", body: { tags: set } });
    },
    onSettled: () => {
      qc.invalidateQueries({ queryKey: queryKeys.stage(apiId, stageName) });
    },
  });
}
