/** CreateStage: POST /restapis/{restapi_id}/stages (201). */
import "server-only";
import { z } from "zod";
import type { CanarySettings, Stage } from "@/gateway/model/api-types";
import { badRequest, conflict } from "../errors";
import { bumpGatewayRevision, write } from "./db";
import { compact } from "./http";
import { requireDeployment, requireRestApi } from "./lookups";
import { toStage } from "./shapes";
import { validateStageName, validateStageVariables } from "./validation";

export const CreateStageInput = z.object({
  stageName: z.string().optional(),
  deploymentId: z.string().optional(),
  description: z.string().optional(),
  cacheClusterEnabled: z.boolean().optional(),
  cacheClusterSize: z.string().optional(),
  variables: z.record(z.string(), z.string()).optional(),
  documentationVersion: z.string().optional(),
  canarySettings: z
    .object({
      percentTraffic: z.number().min(0).max(100).optional(),
      deploymentId: z.string().optional(),
      stageVariableOverrides: z.record(z.string(), z.string()).optional(),
      useStageCache: z.boolean().optional(),
    })
    .optional(),
  tracingEnabled: z.boolean().optional(),
  tags: z.record(z.string(), z.string()).optional(),
});

export async function createStage(restApiId: string, input: z.infer<typeof CreateStageInput>): Promise<Stage> {
  const stageName = validateStageName(input.stageName);
  const variables = validateStageVariables(input.variables);
  const row = await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    if (!input.deploymentId) throw badRequest("Deployment id must be specified");
    await requireDeployment(tx, restApiId, input.deploymentId);
    const existing = await tx.stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName } } });
    if (existing) throw conflict("Stage already exists");
    let canary: CanarySettings | undefined;
    if (input.canarySettings) {
      const canaryDeployment = input.canarySettings.deploymentId ?? input.deploymentId;
      if (!(await tx.deployment.findFirst({ where: { id: canaryDeployment, restApiId } }))) {
        throw badRequest("Deployment id does not exist");
      }
      canary = compact({
        deploymentId: canaryDeployment,
        percentTraffic: input.canarySettings.percentTraffic ?? 0,
        stageVariableOverrides: validateStageVariables(input.canarySettings.stageVariableOverrides),
        useStageCache: input.canarySettings.useStageCache ?? false,
      });
    }
    const stage = await tx.stage.create({
      data: {
        restApiId,
        stageName,
        deploymentId: input.deploymentId,
        description: input.description ?? null,
        variables: JSON.stringify(variables),
        canarySettings: canary ? JSON.stringify(canary) : null,
        cacheClusterEnabled: input.cacheClusterEnabled ?? false,
        cacheClusterSize: input.cacheClusterEnabled ? (input.cacheClusterSize ?? "0.5") : (input.cacheClusterSize ?? null),
        tracingEnabled: input.tracingEnabled ?? false,
        tags: JSON.stringify(input.tags ?? {}),
      },
    });
    await bumpGatewayRevision(tx);
    return stage;
  });
  return toStage(row);
}
