"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { CanarySettings } from "./stage-types";
import type { Deployment } from "./types";

export interface CreateDeploymentInput {
  stageName: string;
  stageDescription?: string;
  description?: string;
  /** Deploy to the stage's canary instead of its base (CreateDeployment `canarySettings`). */
  canarySettings?: Pick<CanarySettings, "percentTraffic" | "stageVariableOverrides" | "useStageCache">;
}

/** Deploys the API to a stage (creating the stage when it is new, else repointing it). */
export function useCreateDeployment(apiId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ stageName, stageDescription, description, canarySettings }: CreateDeploymentInput) =>
      controlApi<Deployment>(`/restapis/${seg(apiId)}/deployments`, {
        method: "POST",
        body: {
          stageName,
          ...(stageDescription ? { stageDescription } : {}),
          ...(description ? { description } : {}),
          ...(canarySettings ? { canarySettings } : {}),
        },
      }),
    onSuccess: (deployment) => {
      qc.setQueryData<Deployment[]>(queryKeys.deployments(apiId), (old) =>
        old ? [deployment, ...old.filter((d) => d.id !== deployment.id)] : old,
      );
    },
    onSettled: () => {
      qc.invalidateQueries({ queryKey: queryKeys.stages(apiId) });
      qc.invalidateQueries({ queryKey: queryKeys.deployments(apiId) });
    },
  });
}
