/**
 * Method settings as AWS keys and patches them: `*\/*` for the whole stage, or
 * `{resourcePath}/{httpMethod}` with the path's slashes escaped as `~1` (`~1pets/GET`), and one
 * patch path per setting (`/~1pets/GET/throttling/rateLimit`).
 */
import type { MethodSetting } from "@/components/data/stage-types";
import { DEFAULT_METHOD_SETTINGS } from "@/gateway/deployments/method-settings";
import type { PatchOperation } from "@/components/data/types";

export const STAGE_WIDE = "*/*";

/** What a new entry starts with on the server: AWS's defaults, as the gateway resolves them. */
const { source: _source, ...DEFAULTS } = DEFAULT_METHOD_SETTINGS;
export const METHOD_SETTING_DEFAULTS: Required<Omit<MethodSetting, "loggingLevel">> & { loggingLevel: string } = DEFAULTS;
export type FullMethodSetting = typeof METHOD_SETTING_DEFAULTS;

export const SETTING_PATHS: Record<keyof FullMethodSetting, string> = {
  throttlingRateLimit: "throttling/rateLimit",
  throttlingBurstLimit: "throttling/burstLimit",
  cachingEnabled: "caching/enabled",
  cacheTtlInSeconds: "caching/ttlInSeconds",
  cacheDataEncrypted: "caching/dataEncrypted",
  requireAuthorizationForCacheControl: "caching/requireAuthorizationForCacheControl",
  unauthorizedCacheControlHeaderStrategy: "caching/unauthorizedCacheControlHeaderStrategy",
  metricsEnabled: "metrics/enabled",
  loggingLevel: "logging/loglevel",
  dataTraceEnabled: "logging/dataTrace",
};

export const LOG_LEVELS = ["OFF", "ERROR", "INFO"] as const;
export const CACHE_CONTROL_STRATEGIES = ["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"] as const;

/** The key of one method: `/pets/{id}` GET → `~1pets~1{id}/GET`. */
export function methodSettingKey(resourcePath: string, verb: string): string {
  return `${resourcePath.replace(/~/g, "~0").replace(/\//g, "~1")}/${verb}`;
}

/** A key back to a resource path and verb; accepts `~1pets/GET` and Terraform's `pets/GET`. */
export function parseMethodSettingKey(key: string): { path: string; verb: string } | null {
  if (key === STAGE_WIDE) return null;
  const parts = key.split("/");
  const verb = parts.pop() ?? "";
  let path = parts.join("/").replace(/~1/g, "/").replace(/~0/g, "~");
  if (!path.startsWith("/")) path = `/${path}`;
  return { path, verb };
}

/** The values a key shows: its own entry, else what a new entry would start from. */
export function effectiveSetting(all: Record<string, MethodSetting>, key: string): FullMethodSetting {
  const base = { ...METHOD_SETTING_DEFAULTS, ...(all[STAGE_WIDE] ?? {}) };
  return { ...base, ...(all[key] ?? {}) } as FullMethodSetting;
}

/** Replace operations for every setting that differs from `before`. */
export function settingOps(key: string, before: FullMethodSetting, after: FullMethodSetting): PatchOperation[] {
  const ops: PatchOperation[] = [];
  for (const field of Object.keys(SETTING_PATHS) as (keyof FullMethodSetting)[]) {
    if (before[field] !== after[field]) ops.push({ op: "replace", path: `/${key}/${SETTING_PATHS[field]}`, value: String(after[field]) });
  }
  return ops;
}

export interface SettingErrors {
  throttlingRateLimit?: string;
  throttlingBurstLimit?: string;
  cacheTtlInSeconds?: string;
}

export function validateSetting(s: { throttlingRateLimit: string; throttlingBurstLimit: string; cacheTtlInSeconds: string }): SettingErrors {
  const e: SettingErrors = {};
  const rate = Number(s.throttlingRateLimit);
  if (s.throttlingRateLimit.trim() === "" || !Number.isFinite(rate) || rate < 0) e.throttlingRateLimit = "A number of requests per second, 0 or more.";
  if (!/^\d+$/.test(s.throttlingBurstLimit.trim())) e.throttlingBurstLimit = "A whole number of requests, 0 or more.";
  if (!/^\d+$/.test(s.cacheTtlInSeconds.trim()) || Number(s.cacheTtlInSeconds) > 3600) e.cacheTtlInSeconds = "Whole seconds from 0 to 3600.";
  return e;
}
