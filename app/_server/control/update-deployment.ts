/** UpdateDeployment: PATCH /restapis/{restapi_id}/deployments/{deployment_id} (200). Path: /description. */
import "server-only";
import type { Deployment } from "@/gateway/model/api-types";
import { write } from "./db";
import { requireDeployment } from "./lookups";
import { invalidPatchPath, onlyReplace, type PatchOperation } from "./patch";
import { toDeployment } from "./shapes";

export async function updateDeployment(restApiId: string, deploymentId: string, ops: PatchOperation[]): Promise<Deployment> {
  const row = await write(async (tx) => {
    const deployment = await requireDeployment(tx, restApiId, deploymentId);
    let description = deployment.description;
    for (const { op, path, value } of ops) {
      if (path !== "/description") throw invalidPatchPath(path);
      if (op === "remove") description = null;
      else if (op === "replace") description = value ?? null;
      else throw onlyReplace();
    }
    return tx.deployment.update({ where: { id: deployment.id }, data: { description } });
  });
  return toDeployment(row);
}
