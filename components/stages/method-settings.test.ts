import { describe, expect, it } from "vitest";
import type { MethodSetting } from "@/components/data/stage-types";
import {
  CACHE_CONTROL_STRATEGIES,
  LOG_LEVELS,
  METHOD_SETTING_DEFAULTS,
  SETTING_PATHS,
  STAGE_WIDE,
  effectiveSetting,
  methodSettingKey,
  parseMethodSettingKey,
  settingOps,
  validateSetting,
  type FullMethodSetting,
} from "./method-settings";

describe("constants", () => {
  it("the stage-wide key is */*", () => {
    expect(STAGE_WIDE).toBe("*/*");
  });

  it("a new entry starts from AWS's defaults (10000 rps, burst 5000, 300 s TTL)", () => {
    expect(METHOD_SETTING_DEFAULTS).toEqual({
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
    });
  });

  it("patch paths are the ones UpdateStage documents", () => {
    expect(SETTING_PATHS).toEqual({
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
    });
    expect(Object.keys(SETTING_PATHS).sort()).toEqual(Object.keys(METHOD_SETTING_DEFAULTS).sort());
  });

  it("log levels and cache-control strategies are AWS's enums", () => {
    expect(LOG_LEVELS).toEqual(["OFF", "ERROR", "INFO"]);
    expect(CACHE_CONTROL_STRATEGIES).toEqual(["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"]);
  });
});

describe("methodSettingKey", () => {
  it.each<[string, string, string]>([
    ["/", "GET", "~1/GET"],
    ["/pets", "GET", "~1pets/GET"],
    ["/pets/{id}", "GET", "~1pets~1{id}/GET"],
    ["/pets/{id}/toys", "DELETE", "~1pets~1{id}~1toys/DELETE"],
    ["/{proxy+}", "ANY", "~1{proxy+}/ANY"],
    ["/pets", "*", "~1pets/*"],
    ["/a~b/c", "POST", "~1a~0b~1c/POST"],
    ["/~1", "GET", "~1~01/GET"],
  ])("%s %s → %s", (path, verb, key) => {
    expect(methodSettingKey(path, verb)).toBe(key);
  });
});

describe("parseMethodSettingKey", () => {
  it("is null for the stage-wide key", () => {
    expect(parseMethodSettingKey("*/*")).toBeNull();
  });

  it.each<[string, string, string]>([
    ["~1/GET", "/", "GET"],
    ["~1pets/GET", "/pets", "GET"],
    ["~1pets~1{id}/GET", "/pets/{id}", "GET"],
    ["~1pets~1{id}~1toys/DELETE", "/pets/{id}/toys", "DELETE"],
    ["~1{proxy+}/ANY", "/{proxy+}", "ANY"],
    ["~1pets/*", "/pets", "*"],
    ["~1a~0b~1c/POST", "/a~b/c", "POST"],
    // RFC 6901 order: ~1 before ~0, so "~01" is a literal "~1", not "/".
    ["~1~01/GET", "/~1", "GET"],
    // Terraform's method_path: no leading slash, slashes unescaped.
    ["pets/GET", "/pets", "GET"],
    ["pets/{id}/GET", "/pets/{id}", "GET"],
  ])("%s → %s %s", (key, path, verb) => {
    expect(parseMethodSettingKey(key)).toEqual({ path, verb });
  });

  it.each(["/", "/pets", "/pets/{id}", "/pets/{id}/toys", "/{proxy+}", "/a~b/c", "/~1", "/~0~1"])("round-trips %s", (path) => {
    for (const verb of ["GET", "POST", "ANY", "*"]) expect(parseMethodSettingKey(methodSettingKey(path, verb))).toEqual({ path, verb });
  });
});

describe("effectiveSetting", () => {
  const key = methodSettingKey("/pets/{id}", "GET");

  it("is the defaults when the stage has no settings", () => {
    expect(effectiveSetting({}, key)).toEqual(METHOD_SETTING_DEFAULTS);
    expect(effectiveSetting({}, STAGE_WIDE)).toEqual(METHOD_SETTING_DEFAULTS);
  });

  it("takes the stage-wide entry over the defaults", () => {
    const all: Record<string, MethodSetting> = { "*/*": { throttlingRateLimit: 100, metricsEnabled: true, loggingLevel: "ERROR" } };
    expect(effectiveSetting(all, key)).toEqual({ ...METHOD_SETTING_DEFAULTS, throttlingRateLimit: 100, metricsEnabled: true, loggingLevel: "ERROR" });
    expect(effectiveSetting(all, STAGE_WIDE)).toEqual(effectiveSetting(all, key));
  });

  it("takes the method's own entry over the stage-wide one", () => {
    const all: Record<string, MethodSetting> = {
      "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 },
      [key]: { throttlingRateLimit: 5, cachingEnabled: true },
    };
    expect(effectiveSetting(all, key)).toEqual({
      ...METHOD_SETTING_DEFAULTS,
      throttlingRateLimit: 5,
      throttlingBurstLimit: 50,
      cachingEnabled: true,
    });
  });

  it("ignores other methods' entries", () => {
    const all: Record<string, MethodSetting> = { [methodSettingKey("/pets", "POST")]: { throttlingRateLimit: 1 } };
    expect(effectiveSetting(all, key)).toEqual(METHOD_SETTING_DEFAULTS);
  });

  it("does not modify the defaults or the stage's settings", () => {
    const all: Record<string, MethodSetting> = { "*/*": { throttlingRateLimit: 100 } };
    const copy = structuredClone(all);
    effectiveSetting(all, key).throttlingBurstLimit = 1;
    expect(all).toEqual(copy);
    expect(METHOD_SETTING_DEFAULTS.throttlingBurstLimit).toBe(5000);
  });
});

describe("settingOps", () => {
  const base: FullMethodSetting = { ...METHOD_SETTING_DEFAULTS };

  it("is empty when nothing changed", () => {
    expect(settingOps("~1pets/GET", base, { ...base })).toEqual([]);
  });

  it.each<[string, Partial<FullMethodSetting>, string, string]>([
    ["the rate limit", { throttlingRateLimit: 2.5 }, "throttling/rateLimit", "2.5"],
    ["the burst limit", { throttlingBurstLimit: 0 }, "throttling/burstLimit", "0"],
    ["caching", { cachingEnabled: true }, "caching/enabled", "true"],
    ["the cache TTL", { cacheTtlInSeconds: 3600 }, "caching/ttlInSeconds", "3600"],
    ["cache encryption", { cacheDataEncrypted: true }, "caching/dataEncrypted", "true"],
    ["cache-control authorization", { requireAuthorizationForCacheControl: false }, "caching/requireAuthorizationForCacheControl", "false"],
    ["the cache-control strategy", { unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" }, "caching/unauthorizedCacheControlHeaderStrategy", "FAIL_WITH_403"],
    ["metrics", { metricsEnabled: true }, "metrics/enabled", "true"],
    ["the log level", { loggingLevel: "INFO" }, "logging/loglevel", "INFO"],
    ["data tracing", { dataTraceEnabled: true }, "logging/dataTrace", "true"],
  ])("replaces %s as a string under the escaped key", (_, change, settingPath, value) => {
    expect(settingOps("~1pets~1{id}/GET", base, { ...base, ...change })).toEqual([
      { op: "replace", path: `/~1pets~1{id}/GET/${settingPath}`, value },
    ]);
  });

  it("uses /*/*/... for the stage-wide entry", () => {
    expect(settingOps(STAGE_WIDE, base, { ...base, throttlingRateLimit: 100 })).toEqual([
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
    ]);
  });

  it("lists several changes in a fixed order (throttling, caching, metrics, logging)", () => {
    const after: FullMethodSetting = { ...base, dataTraceEnabled: true, loggingLevel: "ERROR", throttlingBurstLimit: 20, throttlingRateLimit: 10, cachingEnabled: true };
    expect(settingOps("~1/GET", base, after)).toEqual([
      { op: "replace", path: "/~1/GET/throttling/rateLimit", value: "10" },
      { op: "replace", path: "/~1/GET/throttling/burstLimit", value: "20" },
      { op: "replace", path: "/~1/GET/caching/enabled", value: "true" },
      { op: "replace", path: "/~1/GET/logging/loglevel", value: "ERROR" },
      { op: "replace", path: "/~1/GET/logging/dataTrace", value: "true" },
    ]);
  });

  it("ends up with the key a method's settings are stored under", () => {
    const key = methodSettingKey("/pets/{id}", "GET");
    expect(settingOps(key, base, { ...base, metricsEnabled: true })).toEqual([
      { op: "replace", path: "/~1pets~1{id}/GET/metrics/enabled", value: "true" },
    ]);
  });
});

describe("validateSetting", () => {
  const ok = { throttlingRateLimit: "10000", throttlingBurstLimit: "5000", cacheTtlInSeconds: "300" };
  const RATE = "A number of requests per second, 0 or more.";
  const BURST = "A whole number of requests, 0 or more.";
  const TTL = "Whole seconds from 0 to 3600.";

  it("accepts the defaults", () => {
    expect(validateSetting(ok)).toEqual({});
  });

  it.each<[string, string | undefined]>([
    ["0", undefined],
    ["0.5", undefined],
    ["123.25", undefined],
    [" 10 ", undefined],
    ["", RATE],
    ["   ", RATE],
    ["-1", RATE],
    ["-0.1", RATE],
    ["abc", RATE],
    ["10rps", RATE],
    ["Infinity", RATE],
    ["NaN", RATE],
  ])("rate %j → %j", (rate, error) => {
    expect(validateSetting({ ...ok, throttlingRateLimit: rate })).toEqual(error ? { throttlingRateLimit: error } : {});
  });

  it.each<[string, string | undefined]>([
    ["0", undefined],
    ["5000", undefined],
    [" 20 ", undefined],
    ["", BURST],
    ["-1", BURST],
    ["1.5", BURST],
    ["1e3", BURST],
    ["ten", BURST],
  ])("burst %j → %j", (burst, error) => {
    expect(validateSetting({ ...ok, throttlingBurstLimit: burst })).toEqual(error ? { throttlingBurstLimit: error } : {});
  });

  it.each<[string, string | undefined]>([
    ["0", undefined],
    ["300", undefined],
    ["3600", undefined],
    [" 60 ", undefined],
    ["3601", TTL],
    [" 3601 ", TTL],
    ["-1", TTL],
    ["1.5", TTL],
    ["", TTL],
  ])("TTL %j → %j", (ttl, error) => {
    expect(validateSetting({ ...ok, cacheTtlInSeconds: ttl })).toEqual(error ? { cacheTtlInSeconds: error } : {});
  });

  it("reports all three fields at once", () => {
    expect(validateSetting({ throttlingRateLimit: "-5", throttlingBurstLimit: "x", cacheTtlInSeconds: "7200" })).toEqual({
      throttlingRateLimit: RATE,
      throttlingBurstLimit: BURST,
      cacheTtlInSeconds: TTL,
    });
  });
});
