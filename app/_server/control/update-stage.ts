/**
 * UpdateStage: PATCH /restapis/{restapi_id}/stages/{stage_name} (200). Paths as AWS accepts them:
 * /deploymentId (rollback or roll forward), /description, /cacheClusterEnabled,
 * /cacheClusterSize, /tracingEnabled, /variables/{name}, method settings
 * /{methodSettingKey}/{group}/{setting} (and remove of /{methodSettingKey}), /canarySettings/...,
 * /accessLogSettings/format and /destinationArn (replace; remove /accessLogSettings)
 * and the canary promotion copies (/canarySettings/deploymentId → /deploymentId,
 * /canarySettings/stageVariableOverrides → /variables). All operations of a request apply, or
 * none; every accepted request bumps the gateway revision.
 */
import "server-only";
import { HTTP_VERBS, type AccessLogSettings, type CanarySettings, type MethodSetting, type Stage } from "@/gateway/model/api-types";
import { DEFAULT_METHOD_SETTINGS } from "@/gateway/deployments/method-settings";
import { badRequest } from "../errors";
import { checkAccessLogFormat, checkDestinationArn } from "./access-log-rules";
import { bumpGatewayRevision, write, type Db } from "./db";
import { requireStage } from "./lookups";
import { mapEntryPath, onlyReplace, patchBoolean, patchInteger, patchNumber, type PatchOperation } from "./patch";
import { parseJson, toStage } from "./shapes";
import { checkStageVariableCount, validateStageVariable } from "./validation";

const VALID_PATHS =
  "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, " +
  "/accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, " +
  "/{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, " +
  "/{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, " +
  "/{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, " +
  "/{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, " +
  "/{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled, " +
  "/*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit " +
  "/*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted, " +
  "/*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy, " +
  "/variables/{variable_name}, /tracingEnabled]";

const invalidPath = (path: string) => badRequest(`Invalid method setting path: ${path}. Must be one of: ${VALID_PATHS}`);

/** What a new method-setting entry starts with (AWS's defaults); the stage's "*\/*" entry, if any, goes on top. */
const { source: _source, loggingLevel: _level, ...METHOD_SETTING_DEFAULTS } = DEFAULT_METHOD_SETTINGS;

type SettingParser = (value: string | undefined, path: string) => MethodSetting[keyof MethodSetting];
const enumOf =
  (allowed: string[]): SettingParser =>
  (value, path) => {
    if (!value || !allowed.includes(value)) throw badRequest(`Invalid value for ${path}: must be one of ${allowed.join(", ")}`);
    return value;
  };

const SETTINGS: Record<string, [keyof MethodSetting, SettingParser]> = {
  "metrics/enabled": ["metricsEnabled", patchBoolean],
  "logging/dataTrace": ["dataTraceEnabled", patchBoolean],
  "logging/loglevel": ["loggingLevel", enumOf(["OFF", "ERROR", "INFO"])],
  "throttling/burstLimit": ["throttlingBurstLimit", patchInteger],
  "throttling/rateLimit": ["throttlingRateLimit", patchNumber],
  "caching/ttlInSeconds": [
    "cacheTtlInSeconds",
    (v, p) => {
      const n = patchInteger(v, p);
      if (n < 0 || n > 3600) throw badRequest("Cache ttl must be between 0 and 3600 seconds");
      return n;
    },
  ],
  "caching/enabled": ["cachingEnabled", patchBoolean],
  "caching/dataEncrypted": ["cacheDataEncrypted", patchBoolean],
  "caching/requireAuthorizationForCacheControl": ["requireAuthorizationForCacheControl", patchBoolean],
  "caching/unauthorizedCacheControlHeaderStrategy": [
    "unauthorizedCacheControlHeaderStrategy",
    enumOf(["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"]),
  ],
};

interface StageDraft {
  deploymentId: string;
  description: string | null;
  cacheClusterEnabled: boolean;
  cacheClusterSize: string | null;
  tracingEnabled: boolean;
  variables: Record<string, string>;
  methodSettings: Record<string, MethodSetting>;
  canary: CanarySettings | null;
  accessLogSettings: AccessLogSettings | null;
}

async function deploymentExists(db: Db, restApiId: string, id: string | undefined) {
  if (!id || !(await db.deployment.findFirst({ where: { id, restApiId } }))) throw badRequest("Deployment id does not exist");
}

async function applyOp(db: Db, restApiId: string, s: StageDraft, { op, path, value, from }: PatchOperation): Promise<void> {
  if (op === "copy") {
    // AWS checks the copy statement first, then that there is a canary to promote.
    const promotesDeployment = from === "/canarySettings/deploymentId" && path === "/deploymentId";
    const promotesVariables = from === "/canarySettings/stageVariableOverrides" && path === "/variables";
    if (!promotesDeployment && !promotesVariables) {
      throw badRequest(
        `Invalid copy operation with path: ${path} and from ${from ?? "null"}. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]`,
      );
    }
    if (!s.canary) throw badRequest("Promotion not available. Canary does not exist.");
    if (promotesDeployment) {
      if (s.canary.deploymentId) s.deploymentId = s.canary.deploymentId;
    } else {
      s.variables = { ...s.variables, ...(s.canary.stageVariableOverrides ?? {}) };
      checkStageVariableCount(s.variables);
    }
    return;
  }
  switch (path) {
    case "/deploymentId":
      if (op !== "replace") throw onlyReplace();
      await deploymentExists(db, restApiId, value);
      s.deploymentId = value!;
      return;
    case "/description":
      if (op === "remove") s.description = null;
      else if (op === "replace" || op === "add") s.description = value ?? null;
      else throw onlyReplace();
      return;
    case "/cacheClusterEnabled":
      if (op !== "replace") throw onlyReplace();
      s.cacheClusterEnabled = patchBoolean(value);
      if (s.cacheClusterEnabled && !s.cacheClusterSize) s.cacheClusterSize = "0.5";
      return;
    case "/cacheClusterSize": {
      if (op !== "replace") throw onlyReplace();
      const sizes = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];
      if (!value || !sizes.includes(value)) throw badRequest(`Invalid cache cluster size specified: must be one of ${sizes.join(", ")}`);
      s.cacheClusterSize = value;
      return;
    }
    case "/tracingEnabled":
      if (op !== "replace") throw onlyReplace();
      s.tracingEnabled = patchBoolean(value);
      return;
    case "/canarySettings":
      if (op !== "remove") throw invalidPath(path);
      s.canary = null;
      return;
    case "/accessLogSettings":
      if (op !== "remove") throw invalidPath(path);
      s.accessLogSettings = null;
      return;
    case "/accessLogSettings/format":
      if (op !== "replace") throw onlyReplace();
      s.accessLogSettings = { ...s.accessLogSettings, format: checkAccessLogFormat(value) };
      return;
    case "/accessLogSettings/destinationArn":
      if (op !== "replace") throw onlyReplace();
      s.accessLogSettings = { ...s.accessLogSettings, destinationArn: checkDestinationArn(value) };
      return;
  }
  const variable = mapEntryPath(path, "variables");
  if (variable !== undefined) {
    if (op === "remove") {
      const next = { ...s.variables };
      delete next[variable];
      s.variables = next;
    } else if (op === "replace" || op === "add") {
      validateStageVariable(variable, value);
      s.variables = { ...s.variables, [variable]: value! };
      checkStageVariableCount(s.variables);
    } else throw onlyReplace();
    return;
  }
  if (path.startsWith("/canarySettings/")) {
    applyCanaryOp(s, op, path, value);
    if (path === "/canarySettings/deploymentId") await deploymentExists(db, restApiId, value);
    return;
  }

  // Method settings: /{methodSettingKey}/{group}/{setting}, where the key is "*/*" or
  // "{resourcePath}/{httpMethod}" as sent: "~1pets/GET" (AWS CLI docs) or "pets/{id}/GET"
  // (Terraform's method_path). GetStage shows the key exactly as it was written.
  const segments = path.slice(1).split("/");
  if (op === "remove" && isMethodSettingKey(segments)) {
    const key = segments.join("/");
    if (!s.methodSettings[key]) throw badRequest(`Cannot remove method setting ${key} because there is no method setting for this method `);
    const next = { ...s.methodSettings };
    delete next[key];
    s.methodSettings = next;
    return;
  }
  if (segments.length >= 4) {
    const setting = SETTINGS[segments.slice(-2).join("/")];
    const keySegments = segments.slice(0, -2);
    if (setting && isMethodSettingKey(keySegments)) {
      if (op !== "replace") throw onlyReplace();
      const key = keySegments.join("/");
      const [field, parse] = setting;
      const current = s.methodSettings[key] ?? { ...METHOD_SETTING_DEFAULTS, ...(s.methodSettings["*/*"] ?? {}) };
      s.methodSettings = { ...s.methodSettings, [key]: { ...current, [field]: parse(value, path) } };
      return;
    }
  }
  if (op === "remove") throw badRequest(`Cannot remove method setting ${path.slice(1)} because there is no method setting for this method `);
  throw invalidPath(path);
}

/** "*\/*", or a resource path (one or more segments) followed by a verb. */
function isMethodSettingKey(segments: string[]): boolean {
  if (segments.length < 2 || segments.some((p) => p === "")) return false;
  const verb = segments[segments.length - 1];
  if (segments[0] === "*") return segments.length === 2 && verb === "*";
  return verb === "*" || (HTTP_VERBS as readonly string[]).includes(verb.toUpperCase());
}

/**
 * /canarySettings/{percentTraffic|deploymentId|useStageCache|stageVariableOverrides/{name}}.
 * As AWS does it (LocalStack's canary snapshots recorded against AWS): a `replace` on a stage
 * without a canary creates one — the stage's own deployment, 0 %, no stage cache — before
 * applying the change; `add` is refused ("Invalid add operation with path: ..."); removing
 * anything but one override is "Cannot remove method setting ...". Removing the whole canary is
 * `remove /canarySettings`; promoting it is `replace /canarySettings/percentTraffic 0.0` plus
 * the two copy operations (`copy` from /canarySettings/deploymentId to /deploymentId and from
 * /canarySettings/stageVariableOverrides to /variables), which is what the AWS console and the
 * developer guide's CLI example send.
 */
function applyCanaryOp(s: StageDraft, op: PatchOperation["op"], path: string, value: string | undefined): void {
  const override = mapEntryPath(path, "canarySettings/stageVariableOverrides");
  if (op === "add" && override === undefined) throw badRequest(`Invalid add operation with path: ${path}`);
  if (op === "remove") {
    if (override === undefined || !s.canary) {
      throw badRequest(`Cannot remove method setting ${path.slice(1)} because there is no method setting for this method `);
    }
    const overrides = { ...(s.canary.stageVariableOverrides ?? {}) };
    delete overrides[override];
    s.canary = { ...s.canary, stageVariableOverrides: overrides };
    if (Object.keys(overrides).length === 0) delete s.canary.stageVariableOverrides;
    return;
  }
  if (op !== "replace" && op !== "add") throw invalidPath(path);
  const known = override !== undefined || ["/canarySettings/percentTraffic", "/canarySettings/deploymentId", "/canarySettings/useStageCache"].includes(path);
  if (!known) throw invalidPath(path);
  if (op === "add" && !s.canary) throw badRequest(`Invalid add operation with path: ${path}`);
  const canary: CanarySettings = s.canary
    ? { ...s.canary }
    : { deploymentId: s.deploymentId, percentTraffic: 0, useStageCache: false };
  if (override !== undefined) {
    validateStageVariable(override, value);
    canary.stageVariableOverrides = { ...(canary.stageVariableOverrides ?? {}), [override]: value! };
    checkStageVariableCount(canary.stageVariableOverrides);
  } else if (path === "/canarySettings/percentTraffic") {
    const pct = patchNumber(value, path);
    if (pct < 0 || pct > 100) throw badRequest("Canary traffic percentage must be between 0.0 and 100.0");
    canary.percentTraffic = pct;
  } else if (path === "/canarySettings/deploymentId") {
    canary.deploymentId = value;
  } else {
    canary.useStageCache = patchBoolean(value);
  }
  s.canary = canary;
}

export async function updateStage(restApiId: string, stageName: string, ops: PatchOperation[]): Promise<Stage> {
  const row = await write(async (tx) => {
    const stage = await requireStage(tx, restApiId, stageName);
    const draft: StageDraft = {
      deploymentId: stage.deploymentId,
      description: stage.description,
      cacheClusterEnabled: stage.cacheClusterEnabled,
      cacheClusterSize: stage.cacheClusterSize,
      tracingEnabled: stage.tracingEnabled,
      variables: parseJson<Record<string, string>>(stage.variables, {}),
      methodSettings: parseJson<Record<string, MethodSetting>>(stage.methodSettings, {}),
      canary: parseJson<CanarySettings | null>(stage.canarySettings, null),
      accessLogSettings: parseJson<AccessLogSettings | null>(stage.accessLogSettings, null),
    };
    for (const op of ops) await applyOp(tx, restApiId, draft, op);
    const updated = await tx.stage.update({
      where: { restApiId_stageName: { restApiId, stageName } },
      data: {
        deploymentId: draft.deploymentId,
        description: draft.description,
        cacheClusterEnabled: draft.cacheClusterEnabled,
        cacheClusterSize: draft.cacheClusterSize,
        tracingEnabled: draft.tracingEnabled,
        variables: JSON.stringify(draft.variables),
        methodSettings: JSON.stringify(draft.methodSettings),
        canarySettings: draft.canary ? JSON.stringify(draft.canary) : null,
        accessLogSettings: draft.accessLogSettings ? JSON.stringify(draft.accessLogSettings) : null,
      },
    });
    await bumpGatewayRevision(tx);
    return updated;
  });
  return toStage(row);
}
