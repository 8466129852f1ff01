/**
 * DeleteDeployment: DELETE /restapis/{restapi_id}/deployments/{deployment_id} (202). Refused while
 * a stage (or a stage's canary) points at it, as AWS does.
 */
import "server-only";
import type { CanarySettings } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { bumpGatewayRevision, write } from "./db";
import { requireDeployment } from "./lookups";
import { parseJson } from "./shapes";

export async function deleteDeployment(restApiId: string, deploymentId: string): Promise<void> {
  await write(async (tx) => {
    await requireDeployment(tx, restApiId, deploymentId);
    const stages = await tx.stage.findMany({ where: { restApiId } });
    const inUse = stages.some(
      (s) => s.deploymentId === deploymentId || parseJson<CanarySettings | null>(s.canarySettings, null)?.deploymentId === deploymentId,
    );
    if (inUse) throw badRequest("Active stages pointing to this deployment must be moved or deleted");
    await tx.deployment.delete({ where: { id: deploymentId } });
    await bumpGatewayRevision(tx);
  });
}
