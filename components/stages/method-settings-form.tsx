"use client";
import { useEffect, useState } from "react";
import type { PatchOperation } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import {
  CACHE_CONTROL_STRATEGIES,
  LOG_LEVELS,
  STAGE_WIDE,
  settingOps,
  validateSetting,
  type FullMethodSetting,
} from "./method-settings";

type Draft = Omit<FullMethodSetting, "throttlingRateLimit" | "throttlingBurstLimit" | "cacheTtlInSeconds"> & {
  throttlingRateLimit: string;
  throttlingBurstLimit: string;
  cacheTtlInSeconds: string;
};

const toDraft = (s: FullMethodSetting): Draft => ({
  ...s,
  throttlingRateLimit: String(s.throttlingRateLimit),
  throttlingBurstLimit: String(s.throttlingBurstLimit),
  cacheTtlInSeconds: String(s.cacheTtlInSeconds),
});
const fromDraft = (d: Draft): FullMethodSetting => ({
  ...d,
  throttlingRateLimit: Number(d.throttlingRateLimit),
  throttlingBurstLimit: Number(d.throttlingBurstLimit),
  cacheTtlInSeconds: Number(d.cacheTtlInSeconds),
});

function Group({ title, hint, children }: { title: string; hint?: React.ReactNode; children: React.ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-border p-3">
      <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{title}</legend>
      {children}
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </fieldset>
  );
}

/** What the throttling numbers mean at the gateway, for the values in the form. */
function throttlingHint(stageWide: boolean, rate: string, burst: string): string {
  if (Number(burst) === 0 && burst.trim() !== "") return "Burst 0: every request to " + (stageWide ? "each method" : "this method") + " is answered 429 Too Many Requests.";
  if (Number(rate) === 0 && rate.trim() !== "") return "Rate 0: the burst is served once and never refills.";
  return stageWide
    ? "Each method gets its own bucket of this size (as AWS applies stage limits per method); the account-level limit applies on top."
    : "This method's own bucket; the account-level limit applies on top.";
}

/** Which requests the caching settings reach, for the values in the form. */
function cachingHint(stageWide: boolean, stageCacheOn: boolean | undefined, enabled: boolean, ttl: string): string {
  if (stageCacheOn === false) return "The stage cache is off: turn it on under General for these settings to take effect.";
  if (!enabled) return "Responses are not cached.";
  if (Number(ttl) === 0) return "TTL 0 turns caching off.";
  return stageWide
    ? "Caches GET methods only (AWS's default); override a method to cache another verb. 2XX responses up to 1 MB are kept."
    : "Caches this method's 2XX responses up to 1 MB, keyed by its cache key parameters.";
}

function Toggle({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <Switch checked={checked} onCheckedChange={onChange} aria-label={label} className="mt-0.5" />
      <span className="flex flex-col">
        {label}
        {hint ? <span className="text-xs text-muted-foreground">{hint}</span> : null}
      </span>
    </label>
  );
}

/**
 * One method-settings entry (stage-wide or one method): throttling, caching, metrics, logging.
 * Saves a replace for each changed setting under the entry's key; `forceCreate` saves even when
 * nothing differs (to create a per-method entry with the inherited values).
 */
export function MethodSettingsForm({
  settingKey,
  current,
  label,
  forceCreate,
  stageCacheOn,
  onSave,
  onCancel,
  saving,
  error,
}: {
  settingKey: string;
  current: FullMethodSetting;
  label: string;
  forceCreate?: boolean;
  /** Whether the stage's cache cluster is on (caching settings do nothing without it). */
  stageCacheOn?: boolean;
  onSave: (ops: PatchOperation[]) => void;
  onCancel?: () => void;
  saving: boolean;
  error: unknown;
}) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [submitted, setSubmitted] = useState(false);
  const currentKey = JSON.stringify(current);
  useEffect(() => {
    setDraft(toDraft(current));
    setSubmitted(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey, settingKey]);

  const errors = validateSetting(draft);
  const invalid = Object.keys(errors).length > 0;
  const ops = invalid ? [] : settingOps(settingKey, current, fromDraft(draft));
  const saved = toDraft(current);
  const changed = (Object.keys(draft) as (keyof Draft)[]).filter((k) => draft[k] !== saved[k]).length;
  const dirty = changed > 0;
  useUnsavedChangesGuard(dirty);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const shownError = (k: keyof typeof errors) => (submitted || draft[k] !== String(current[k]) ? errors[k] : undefined);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (invalid) return;
    if (ops.length) onSave(ops);
    else if (forceCreate) onSave([{ op: "replace", path: `/${settingKey}/metrics/enabled`, value: String(draft.metricsEnabled) }]);
  }

  const id = (s: string) => `ms-${settingKey.replace(/[^A-Za-z0-9]/g, "_")}-${s}`;
  return (
    <form onSubmit={submit} noValidate aria-label={label} className="flex flex-col gap-3">
      <div className="grid gap-3 lg:grid-cols-2">
        <Group title="Throttling" hint={<span data-testid="throttling-hint">{throttlingHint(settingKey === STAGE_WIDE, draft.throttlingRateLimit, draft.throttlingBurstLimit)}</span>}>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Rate (requests/s)" htmlFor={id("rate")} error={shownError("throttlingRateLimit")}>
              <Input
                id={id("rate")}
                inputMode="decimal"
                value={draft.throttlingRateLimit}
                aria-invalid={!!shownError("throttlingRateLimit")}
                onChange={(e) => set("throttlingRateLimit", e.target.value)}
                className="font-mono"
              />
            </Field>
            <Field label="Burst (requests)" htmlFor={id("burst")} error={shownError("throttlingBurstLimit")}>
              <Input
                id={id("burst")}
                inputMode="numeric"
                value={draft.throttlingBurstLimit}
                aria-invalid={!!shownError("throttlingBurstLimit")}
                onChange={(e) => set("throttlingBurstLimit", e.target.value)}
                className="font-mono"
              />
            </Field>
          </div>
        </Group>
        <Group title="Metrics and logging">
          <Toggle label="Detailed metrics" checked={draft.metricsEnabled} onChange={(v) => set("metricsEnabled", v)} />
          <div className="grid grid-cols-2 items-end gap-3">
            <Field label="Log level" htmlFor={id("log")}>
              <Select
                id={id("log")}
                ariaLabel="Log level"
                value={draft.loggingLevel}
                onValueChange={(v) => set("loggingLevel", v)}
                options={LOG_LEVELS.map((l) => ({ value: l, label: l }))}
              />
            </Field>
            <div className="pb-1.5">
              <Toggle label="Data trace" checked={draft.dataTraceEnabled} onChange={(v) => set("dataTraceEnabled", v)} />
            </div>
          </div>
        </Group>
        <Group
          title="Caching"
          hint={<span data-testid="caching-hint">{cachingHint(settingKey === STAGE_WIDE, stageCacheOn, draft.cachingEnabled, draft.cacheTtlInSeconds)}</span>}
        >
          <div className="grid grid-cols-2 items-start gap-3">
            <div className="pt-5">
              <Toggle label="Cache responses" checked={draft.cachingEnabled} onChange={(v) => set("cachingEnabled", v)} />
            </div>
            <Field label="TTL (seconds)" htmlFor={id("ttl")} error={shownError("cacheTtlInSeconds")}>
              <Input
                id={id("ttl")}
                inputMode="numeric"
                value={draft.cacheTtlInSeconds}
                aria-invalid={!!shownError("cacheTtlInSeconds")}
                onChange={(e) => set("cacheTtlInSeconds", e.target.value)}
                className="font-mono"
              />
            </Field>
          </div>
          <Toggle label="Encrypt cached data" checked={draft.cacheDataEncrypted} onChange={(v) => set("cacheDataEncrypted", v)} />
        </Group>
        <Group title="Cache invalidation">
          <Toggle
            label="Require authorization"
            hint="Archway has no IAM policies, so while this is on no client may invalidate with Cache-Control: max-age=0; the strategy below decides what they get. Off: any client may."
            checked={draft.requireAuthorizationForCacheControl}
            onChange={(v) => set("requireAuthorizationForCacheControl", v)}
          />
          <Field label="Unauthorized requests" htmlFor={id("strategy")}>
            <Select
              id={id("strategy")}
              ariaLabel="Unauthorized cache control strategy"
              value={draft.unauthorizedCacheControlHeaderStrategy}
              onValueChange={(v) => set("unauthorizedCacheControlHeaderStrategy", v)}
              options={CACHE_CONTROL_STRATEGIES.map((s) => ({ value: s, label: s }))}
            />
          </Field>
        </Group>
      </div>
      <FormError error={error} />
      <div className="flex items-center justify-end gap-2">
        <span className="mr-auto text-xs text-muted-foreground">
          {dirty ? `${changed} unsaved change${changed === 1 ? "" : "s"}` : forceCreate ? "Starts from the stage-wide settings" : "No unsaved changes"}
        </span>
        {onCancel ? (
          <Button onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
        ) : (
          <Button disabled={!dirty || saving} onClick={() => setDraft(toDraft(current))}>
            Discard
          </Button>
        )}
        <Button type="submit" variant="primary" loading={saving} disabled={!dirty && !forceCreate}>
          {forceCreate ? "Create override" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
