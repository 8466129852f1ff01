/**
 * Which token buckets a request takes from, worked out once per stage load and method (then a
 * WeakMap lookup per request): the account's bucket, then the method's.
 *
 * How AWS scopes them ("Throttle requests to your REST APIs for better throughput in API
 * Gateway": per-API, per-stage limits "are applied at the API method level for a stage. You can
 * configure the same settings for all methods, or configure different throttle settings for each
 * method"; stage limits are "bounded by the account-level rate limits"):
 *  - account: one bucket for every API and stage of the account (ARCHWAY_THROTTLE_*_LIMIT).
 *  - method: one bucket per stage × resource × method. Its size comes from the method's own
 *    entry, else its resource's `{path}/*` entry, else the stage-wide `*\/*` entry ("default
 *    method throttling"), else AWS's defaults. So `*\/*` sets the limits every method's own
 *    bucket gets; it is not one bucket the methods share.
 *  - a canary serves the same stage and methods: it draws on the same buckets as the base.
 *  - a negative limit (-1, what "throttling off" stores) means no method bucket; rate 0 with
 *    burst 0 refuses everything (AWS answers such a method with 429 only).
 */
import type { CompiledMethod, CompiledStage } from "../deployments/compiled-stage";
import { stageMethodMemo } from "../deployments/stage-memo";
import { loadSettings } from "../config/settings";
import type { TokenBucket } from "../stores/types";

export interface ThrottlePlan {
  buckets: readonly TokenBucket[];
  /** Why each bucket exists, for the execution log of a throttled request. */
  describe(index: number): string;
}

export interface AccountLimits {
  rateLimit: number;
  burstLimit: number;
}

let account: TokenBucket | null | undefined;
const plans = stageMethodMemo(buildPlan);

/** Sets the account-level limits (0 for either turns the account bucket off). */
export function configureAccountLimits(limits: AccountLimits): void {
  account = limits.rateLimit > 0 && limits.burstLimit > 0 ? { key: "account", ratePerSecond: limits.rateLimit, burst: limits.burstLimit } : null;
  plans.clear(); // plans hold the account bucket: build them again
}

function accountBucket(): TokenBucket | null {
  if (account === undefined) {
    const s = loadSettings();
    configureAccountLimits({ rateLimit: s.accountThrottleRateLimit, burstLimit: s.accountThrottleBurstLimit });
  }
  return account!;
}

function buildPlan(stage: CompiledStage, method: CompiledMethod): ThrottlePlan {
  const settings = stage.settingsFor(method);
  const buckets: TokenBucket[] = [];
  const why: string[] = [];
  const acct = accountBucket();
  if (acct) {
    buckets.push(acct);
    why.push(`account-level limit of ${acct.ratePerSecond} requests/s with a burst of ${acct.burst}`);
  }
  const { throttlingRateLimit: rate, throttlingBurstLimit: burst } = settings;
  if (rate >= 0 && burst >= 0) {
    const { restApiId, stageName } = stage.source;
    buckets.push({ key: `stage:${restApiId}/${stageName} ${method.resource.path} ${method.method.httpMethod}`, ratePerSecond: rate, burst });
    const from = settings.source === null ? "AWS's defaults" : settings.source === "*/*" ? "the stage-wide */* method settings" : `method settings ${settings.source}`;
    why.push(`method limit of ${rate} requests/s with a burst of ${burst} (from ${from})`);
  }
  return { buckets, describe: (i) => why[i] ?? "limit" };
}

export const throttlePlanFor = plans.get;
