/**
 * What the gateway does with each method of a stage, from the stage's method settings: the
 * throttling limits and caching in effect and which entry they come from. Uses the gateway's own
 * resolution (gateway/deployments/method-settings.ts) and caching rule (gateway/caching/
 * cache-rules.ts), so the console says exactly what the gateway enforces.
 */
import { cachingFor, type CachingVerdict } from "@/gateway/caching/cache-rules";
import { methodSettingsResolver, type EffectiveMethodSettings } from "@/gateway/deployments/method-settings";
import type { MethodSetting } from "@/components/data/stage-types";
import type { Resource } from "@/components/data/types";
import { STAGE_WIDE } from "./method-settings";

export type ThrottleInEffect =
  | { kind: "limit"; rate: number; burst: number }
  /** Rate 0 and burst 0, or burst 0: every request gets 429. */
  | { kind: "blocked" }
  /** A negative limit (-1): no method bucket, only the account-level limit. */
  | { kind: "none" };

export interface MethodInEffect {
  resourcePath: string;
  verb: string;
  /** The method settings entry the values come from: a key, "*\/*", or null for AWS's defaults. */
  source: string | null;
  throttle: ThrottleInEffect;
  /** For ANY methods: what GET requests get (other verbs need an entry of their own). */
  caching: CachingVerdict;
  /** The integration's cacheKeyParameters. */
  cacheKeys: string[];
}

function throttleOf(s: EffectiveMethodSettings): ThrottleInEffect {
  if (s.throttlingRateLimit < 0 || s.throttlingBurstLimit < 0) return { kind: "none" };
  if (s.throttlingBurstLimit < 1) return { kind: "blocked" };
  return { kind: "limit", rate: s.throttlingRateLimit, burst: s.throttlingBurstLimit };
}

/** "AWS defaults", "All methods (*\/*)", or the entry's key. */
export function sourceLabel(source: string | null): string {
  if (source === null) return "AWS defaults";
  if (source === STAGE_WIDE) return "All methods (*/*)";
  return source;
}

export function methodsInEffect(resources: Resource[], methodSettings: Record<string, MethodSetting> | undefined, cacheClusterEnabled: boolean): MethodInEffect[] {
  const resolve = methodSettingsResolver(methodSettings);
  return resources.flatMap((r) =>
    Object.entries(r.resourceMethods ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([verb, m]) => {
        const s = resolve(r.path, verb);
        return {
          resourcePath: r.path,
          verb,
          source: s.source,
          throttle: throttleOf(s),
          caching: cachingFor(s, cacheClusterEnabled, verb === "ANY" ? "GET" : verb),
          cacheKeys: m.methodIntegration?.cacheKeyParameters ?? [],
        };
      }),
  );
}
