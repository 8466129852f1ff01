/**
 * CreateDeployment: POST /restapis/{restapi_id}/deployments (201). Freezes the API into an
 * immutable snapshot. With `stageName` the stage is created, or repointed when it exists; with
 * `canarySettings` the existing stage gets the new deployment as its canary instead.
 */
import "server-only";
import { z } from "zod";
import type { CanarySettings, Deployment } from "@/gateway/model/api-types";
import { buildApiSnapshot } from "../snapshot/build-snapshot";
import { badRequest } from "../errors";
import type { Principal } from "../auth/access-keys";
import { bumpGatewayRevision, write } from "./db";
import { compact } from "./http";
import { newDeploymentId, uniqueId } from "./ids";
import { requireRestApi } from "./lookups";
import { parseJson, toDeployment } from "./shapes";
import { checkStageVariableCount, validateStageName, validateStageVariables } from "./validation";

function mergedVariables(existing: Record<string, string>, added: Record<string, string>): Record<string, string> {
  const merged = { ...existing, ...added };
  checkStageVariableCount(merged);
  return merged;
}

export const CreateDeploymentInput = z.object({
  stageName: z.string().optional(),
  stageDescription: z.string().optional(),
  description: z.string().optional(),
  cacheClusterEnabled: z.boolean().optional(),
  cacheClusterSize: z.string().optional(),
  variables: z.record(z.string(), z.string()).optional(),
  canarySettings: z
    .object({
      percentTraffic: z.number().min(0).max(100).optional(),
      stageVariableOverrides: z.record(z.string(), z.string()).optional(),
      useStageCache: z.boolean().optional(),
    })
    .optional(),
  tracingEnabled: z.boolean().optional(),
});

export async function createDeployment(
  restApiId: string,
  input: z.infer<typeof CreateDeploymentInput>,
  principal: Principal,
): Promise<Deployment> {
  const variables = validateStageVariables(input.variables);
  const row = await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    const snapshot = await buildApiSnapshot(tx, restApiId);
    const methods = snapshot.resources.flatMap((r) => Object.values(r.methods));
    if (methods.length === 0) throw badRequest("The REST API doesn't contain any methods");
    if (methods.some((m) => !m.integration)) throw badRequest("No integration defined for method");

    const stageName = input.stageName || undefined;
    const existingStage = stageName
      ? await tx.stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName } } })
      : null;
    if (input.canarySettings) {
      if (!stageName) {
        throw badRequest(
          `Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ${input.stageName ?? "null"}`,
        );
      }
      if (!existingStage) {
        throw badRequest(`Invalid deployment content specified.Stage ${stageName} must already be created before making a canary release deployment`);
      }
    } else if (stageName) {
      validateStageName(stageName);
    }

    const id = await uniqueId(newDeploymentId, async (c) => !!(await tx.deployment.findUnique({ where: { id: c } })));
    const deployment = await tx.deployment.create({
      data: {
        id,
        restApiId,
        description: input.description ?? null,
        createdBy: principal.userName,
        snapshot: JSON.stringify(snapshot),
      },
    });

    if (stageName && input.canarySettings && existingStage) {
      const canary: CanarySettings = compact({
        deploymentId: id,
        percentTraffic: input.canarySettings.percentTraffic ?? 0,
        stageVariableOverrides: validateStageVariables(input.canarySettings.stageVariableOverrides),
        useStageCache: input.canarySettings.useStageCache ?? false,
      });
      await tx.stage.update({
        where: { restApiId_stageName: { restApiId, stageName } },
        data: { canarySettings: JSON.stringify(canary) },
      });
    } else if (stageName && existingStage) {
      await tx.stage.update({
        where: { restApiId_stageName: { restApiId, stageName } },
        data: {
          deploymentId: id,
          ...(input.stageDescription !== undefined ? { description: input.stageDescription } : {}),
          ...(input.variables ? { variables: JSON.stringify(mergedVariables(parseJson(existingStage.variables, {}), variables)) } : {}),
          ...(input.cacheClusterEnabled !== undefined ? { cacheClusterEnabled: input.cacheClusterEnabled } : {}),
          ...(input.cacheClusterSize !== undefined ? { cacheClusterSize: input.cacheClusterSize } : {}),
          ...(input.tracingEnabled !== undefined ? { tracingEnabled: input.tracingEnabled } : {}),
        },
      });
    } else if (stageName) {
      await tx.stage.create({
        data: {
          restApiId,
          stageName,
          deploymentId: id,
          description: input.stageDescription ?? null,
          variables: JSON.stringify(variables),
          cacheClusterEnabled: input.cacheClusterEnabled ?? false,
          cacheClusterSize: input.cacheClusterEnabled ? (input.cacheClusterSize ?? "0.5") : (input.cacheClusterSize ?? null),
          tracingEnabled: input.tracingEnabled ?? false,
        },
      });
    }
    await bumpGatewayRevision(tx);
    return deployment;
  });
  return toDeployment(row);
}
