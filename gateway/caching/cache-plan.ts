/**
 * Whether and how a method of a stage uses the stage cache, worked out once per stage load and
 * method (a WeakMap lookup per request). From "Enable API caching in API Gateway for REST APIs":
 *  - which requests use the cache: cache-rules.ts (cache cluster, cachingEnabled, TTL > 0, and
 *    "only GET methods have caching enabled by default": stage-wide caching covers GET only);
 *  - entries are keyed by the method and the values of the integration's cacheKeyParameters, and
 *    nothing else: without a path parameter among them, /pets/1 and /pets/2 share an entry, as in
 *    AWS. The cacheNamespace (default: the resource id) scopes them, so integrations that share
 *    a namespace share entries.
 * The key also holds the API, stage and the stage's flush epoch (FlushStageCache bumps it), and a
 * canary's partition: with useStageCache the canary reads and fills the stage's entries, without
 * it, its own.
 */
import type { CompiledMethod, CompiledStage } from "../deployments/compiled-stage";
import type { EffectiveMethodSettings } from "../deployments/method-settings";
import { stageMethodMemo } from "../deployments/stage-memo";
import type { InvocationContext } from "../runtime/context";
import { getGatewayStores } from "../stores/index";
import type { KeyValueCache } from "../stores/types";
import { keyPartsOf, type KeyPart } from "./cache-key";
import { cachingFor } from "./cache-rules";

export type UnauthorizedStrategy = EffectiveMethodSettings["unauthorizedCacheControlHeaderStrategy"];

export interface CachePlan {
  ttlSeconds: number;
  requireAuthorization: boolean;
  unauthorizedStrategy: UnauthorizedStrategy;
  /** Whether requests with this verb use the cache. */
  caches(verb: string): boolean;
  keyFor(ctx: InvocationContext): string;
}

function buildPlan(stage: CompiledStage, method: CompiledMethod): CachePlan | null {
  const settings = stage.settingsFor(method);
  const src = stage.source;
  const forGet = cachingFor(settings, !!src.cacheClusterEnabled, "GET");
  if (!forGet.on) return null;
  const forOthers = cachingFor(settings, true, "POST").on;
  const integration = method.integration?.definition;
  const partition = src.useStageCache === false ? "canary" : "stage";
  const namespace = encodeURIComponent(integration?.cacheNamespace || method.resource.id);
  const prefix = `${src.restApiId}/${src.stageName}/${partition}/${src.cacheEpochs?.stage ?? 0}/${namespace}/`;
  const parts: KeyPart[] = keyPartsOf(integration);
  return {
    ttlSeconds: forGet.ttlSeconds,
    requireAuthorization: settings.requireAuthorizationForCacheControl,
    unauthorizedStrategy: settings.unauthorizedCacheControlHeaderStrategy,
    caches: (verb) => verb === "GET" || forOthers,
    keyFor(ctx) {
      if (parts.length === 0) return prefix + ctx.request.method;
      // JSON keeps the values apart whatever characters they hold.
      return `${prefix}${ctx.request.method} ${JSON.stringify(parts.map((p) => p(ctx)))}`;
    },
  };
}

/** The stage response cache: its own namespace among the process's caches (gateway/stores/). */
export const stageCache = (): KeyValueCache => getGatewayStores().cache("stage");

/** The method's plan on this stage; null when its requests never use the cache. */
export const cachePlanFor = stageMethodMemo(buildPlan).get;
