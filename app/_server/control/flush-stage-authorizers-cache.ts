/**
 * FlushStageAuthorizersCache: DELETE /restapis/{restapi_id}/stages/{stage_name}/cache/authorizers
 * (202). Bumps the stage's authorizer cache epoch; the gateway folds it into every authorizer
 * cache key on its next reload, so no earlier result is found again.
 */
import "server-only";
import { bumpCacheEpoch, write } from "./db";
import { requireStage } from "./lookups";

export async function flushStageAuthorizersCache(restApiId: string, stageName: string): Promise<void> {
  await write(async (tx) => {
    await requireStage(tx, restApiId, stageName);
    await bumpCacheEpoch(tx, "authorizer", restApiId, stageName);
  });
}
