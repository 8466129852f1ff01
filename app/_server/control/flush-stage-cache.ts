/**
 * FlushStageCache: DELETE /restapis/{restapi_id}/stages/{stage_name}/cache/data (202). Bumps the
 * stage's cache epoch; the gateway folds it into every cache key on its next reload (a fraction
 * of a second), so the stage's cached responses (in memory or in Redis) stop being found and age
 * out with their TTL. A stage without a cache cluster has nothing to flush: BadRequestException.
 */
import "server-only";
import { badRequest } from "../errors";
import { bumpCacheEpoch, write } from "./db";
import { requireStage } from "./lookups";

export async function flushStageCache(restApiId: string, stageName: string): Promise<void> {
  await write(async (tx) => {
    const stage = await requireStage(tx, restApiId, stageName);
    if (!stage.cacheClusterEnabled) throw badRequest(`Cache cluster is not enabled for stage ${stageName}`);
    await bumpCacheEpoch(tx, "stage", restApiId, stageName);
  });
}
