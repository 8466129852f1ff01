/**
 * A stage's method settings resolved for one method, once per stage load: the method's own entry
 * ("~1pets/GET" as the AWS CLI writes it, or "pets/GET" as Terraform does), else its resource's
 * "{path}/*" entry, else the stage-wide "*\/*" entry, else AWS's defaults. Requests read the
 * result from `ctx.methodSettings`; nothing is looked up per request.
 */
import type { MethodSetting } from "../model/api-types";

export type LoggingLevel = "OFF" | "ERROR" | "INFO";

export interface EffectiveMethodSettings {
  metricsEnabled: boolean;
  loggingLevel: LoggingLevel;
  dataTraceEnabled: boolean;
  throttlingBurstLimit: number;
  throttlingRateLimit: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" | "SUCCEED_WITH_RESPONSE_HEADER" | "SUCCEED_WITHOUT_RESPONSE_HEADER";
  /** Which entry the values came from: the key, "*\/*", or null for AWS's defaults. */
  source: string | null;
}

/** AWS's values for a stage without method settings (account throttling limits apply on top). */
export const DEFAULT_METHOD_SETTINGS: EffectiveMethodSettings = {
  metricsEnabled: false,
  loggingLevel: "OFF",
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
  source: null,
};

export const STAGE_WIDE_KEY = "*/*";

/** "~1pets~1{id}/GET" or "pets/{id}/GET" → "/pets/{id} GET"; "*\/*" → null. */
export function methodOfSettingKey(key: string): { path: string; verb: string } | null {
  if (key === STAGE_WIDE_KEY) return null;
  const cut = key.lastIndexOf("/");
  if (cut < 0) return null;
  let path = key.slice(0, cut).replace(/~1/g, "/").replace(/~0/g, "~");
  if (!path.startsWith("/")) path = `/${path}`;
  return { path, verb: key.slice(cut + 1).toUpperCase() };
}

function merge(into: EffectiveMethodSettings, entry: MethodSetting | undefined, source: string): EffectiveMethodSettings {
  if (!entry) return into;
  const out = { ...into, source } as EffectiveMethodSettings;
  for (const [k, v] of Object.entries(entry)) if (v !== undefined && v !== null) (out as unknown as Record<string, unknown>)[k] = v;
  if (!["OFF", "ERROR", "INFO"].includes(out.loggingLevel)) out.loggingLevel = "OFF";
  return out;
}

/** Resolves every method of a stage up front: `resolve(path, verb)` is then a map lookup. */
export function methodSettingsResolver(settings: Record<string, MethodSetting> | undefined) {
  const stageWide = merge(DEFAULT_METHOD_SETTINGS, settings?.[STAGE_WIDE_KEY], STAGE_WIDE_KEY);
  const byMethod = new Map<string, { entry: MethodSetting; key: string }>();
  for (const [key, entry] of Object.entries(settings ?? {})) {
    const m = methodOfSettingKey(key);
    if (m) byMethod.set(`${m.path} ${m.verb}`, { entry, key });
  }
  const cache = new Map<string, EffectiveMethodSettings>();
  return (path: string, verb: string): EffectiveMethodSettings => {
    const id = `${path} ${verb}`;
    let resolved = cache.get(id);
    if (!resolved) {
      const forResource = byMethod.get(`${path} *`);
      const forMethod = byMethod.get(id);
      resolved = stageWide;
      if (forResource) resolved = merge(resolved, forResource.entry, forResource.key);
      if (forMethod) resolved = merge(resolved, forMethod.entry, forMethod.key);
      cache.set(id, resolved);
    }
    return resolved;
  };
}
