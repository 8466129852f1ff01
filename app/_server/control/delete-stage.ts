/** DeleteStage: DELETE /restapis/{restapi_id}/stages/{stage_name} (202). */
import "server-only";
import { bumpGatewayRevision, write } from "./db";
import { requireStage } from "./lookups";

export async function deleteStage(restApiId: string, stageName: string): Promise<void> {
  await write(async (tx) => {
    await requireStage(tx, restApiId, stageName);
    await tx.stage.delete({ where: { restApiId_stageName: { restApiId, stageName } } });
    await bumpGatewayRevision(tx);
  });
}
