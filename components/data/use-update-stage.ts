"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import { stageKeys } from "./stage-keys";
import type { PatchOperation, Stage } from "./types";

/**
 * PATCH a stage with AWS patch operations (rollback via /deploymentId, description, variables,
 * canary settings and promotion, method settings, tracing). All operations apply or none.
 */
export function useUpdateStage(apiId: string, stageName: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patchOperations: PatchOperation[]) =>
      controlApi<Stage>(`/restapis/${seg(apiId)}/stages/${seg(stageName)}`, { method: "PATCH", body: { patchOperations } }),
    onSuccess: (stage) => {
      qc.setQueryData(queryKeys.stage(apiId, stageName), stage);
      qc.invalidateQueries({ queryKey: queryKeys.stages(apiId), exact: true });
      // Which stages and canaries serve each deployment may have changed.
      qc.invalidateQueries({ queryKey: stageKeys.history(apiId) });
    },
  });
}
