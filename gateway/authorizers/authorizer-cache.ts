/**
 * Where authorizer results are cached, and under which key: the process's gateway stores
 * (gateway/stores/), so several gateway processes share results when REDIS_URL is set.
 *
 * Keys carry the stage's authorizer cache epoch (FlushStageAuthorizersCache bumps it, so every
 * earlier entry becomes unreachable and ages out) and the deployment id (a redeployed authorizer
 * never answers from its previous configuration). Identity values are hashed: tokens do not sit
 * in a shared store in the clear, and keys stay short.
 */
import { createHash } from "node:crypto";
import type { CompiledStage } from "../deployments/compiled-stage";
import { getGatewayStores } from "../stores";
import type { KeyValueCache } from "../stores/types";

/** Authorizer results get their own namespace beside the response cache (each bounded by ARCHWAY_CACHE_MAX_MB). */
export function authorizerCache(): KeyValueCache {
  return getGatewayStores().cache("authorizer");
}

export function authorizerCacheKey(stage: CompiledStage, authorizerId: string, identity: string[]): string {
  const s = stage.source;
  const digest = createHash("sha256").update(identity.join("\u0000")).digest("base64url");
  return `authorizer:${s.restApiId}/${s.stageName}:${s.cacheEpochs?.authorizer ?? 0}:${s.deploymentId}:${authorizerId}:${digest}`;
}
