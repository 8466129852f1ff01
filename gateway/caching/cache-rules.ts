/**
 * Whether a method's requests use the stage cache, from its effective method settings: the rule
 * the gateway's cache plan applies, shared with the console so both say the same thing. Pure.
 *  - the stage's cache cluster must be on, and the method's cachingEnabled, with a TTL above 0;
 *  - AWS: "When you enable caching for a stage, only GET methods have caching enabled by
 *    default": caching that comes from the stage-wide `*\/*` entry (or AWS's defaults) applies to
 *    GET requests only; an entry of the method's own (or its resource's `{path}/*`) applies to
 *    the verbs it covers.
 */
import type { EffectiveMethodSettings } from "../deployments/method-settings";

export type CachingVerdict = { on: true; ttlSeconds: number } | { on: false; why: string };

/** AWS's largest TTL. */
export const MAX_TTL_SECONDS = 3600;

/** Whether caching comes from an entry naming this method (or its resource), not the stage-wide one. */
export const fromOwnEntry = (settings: EffectiveMethodSettings) => settings.source !== null && settings.source !== "*/*";

export function cachingFor(settings: EffectiveMethodSettings, cacheClusterEnabled: boolean, verb: string): CachingVerdict {
  if (!cacheClusterEnabled) return { on: false, why: "the stage cache is off" };
  if (!settings.cachingEnabled) return { on: false, why: "caching is off" };
  const ttlSeconds = Math.min(settings.cacheTtlInSeconds, MAX_TTL_SECONDS);
  if (!(ttlSeconds > 0)) return { on: false, why: "TTL 0 turns caching off" };
  if (verb !== "GET" && !fromOwnEntry(settings)) return { on: false, why: "stage-wide caching covers GET only" };
  return { on: true, ttlSeconds };
}
