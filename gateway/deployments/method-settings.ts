/**
 * A stage's method settings resolved for one method, once per stage load: the method's own entry
 * ("~1pets/GET" as the AWS CLI writes it, or "pets/GET" as Terraform does), else its resource's
 * "{path}/*" entry, else the stage-wide "*\/*" entry, else AWS's defaults. Requests read the
 * result from `ctx.methodSettings` (set by route from the compiled stage); nothing is resolved per request.
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

/** The stage-wide ("*\/*") entry over AWS's defaults: what a method without an entry of its own gets. */
export function stageWideSettings(settings: Record<string, MethodSetting> | undefined): EffectiveMethodSettings {
  return merge(DEFAULT_METHOD_SETTINGS, settings?.[STAGE_WIDE_KEY], STAGE_WIDE_KEY);
}

/**
 * `resolve(path, verb)`: a method's settings. The gateway calls it once per method at stage load
 * (compileStage keeps the results), the console once per method it shows, so nothing is cached here.
 */
export function methodSettingsResolver(settings: Record<string, MethodSetting> | undefined) {
  const stageWide = stageWideSettings(settings);
  const byMethod = new Map<string, { entry: MethodSetting; key: string }>();
  for (const [key, entry] of Object.entries(settings ?? {})) {
    const m = methodOfSettingKey(key);
    if (m) byMethod.set(`${m.path} ${m.verb}`, { entry, key });
  }
  return (path: string, verb: string): EffectiveMethodSettings => {
    const forResource = byMethod.get(`${path} *`);
    const forMethod = byMethod.get(`${path} ${verb}`);
    let resolved = stageWide;
    if (forResource) resolved = merge(resolved, forResource.entry, forResource.key);
    if (forMethod) resolved = merge(resolved, forMethod.entry, forMethod.key);
    return resolved;
  };
}
