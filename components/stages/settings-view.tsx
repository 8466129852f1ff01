"use client";
import { Gauge, Plus, Settings2, Tag, Trash } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { useResources } from "@/components/data/use-resources";
import { useSession } from "@/components/data/use-session";
import { stageArn, useStageTags } from "@/components/data/use-stage-tags";
import { useUpdateStage } from "@/components/data/use-update-stage";
import type { PatchOperation, Stage } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyableText } from "@/components/ui/copy-button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ActionDialog } from "./action-dialog";
import { MethodSettingsForm } from "./method-settings-form";
import { MethodSettingsInEffect } from "./method-settings-in-effect";
import { StageCacheStatus } from "./stage-cache-status";
import { STAGE_WIDE, effectiveSetting, methodSettingKey, parseMethodSettingKey, type FullMethodSetting } from "./method-settings";
import { rowsOf, type VariableRow } from "./stage-variable-rules";
import { validateTagRows } from "./tag-rules";
import { useSearchState } from "./use-search-state";
import { VariablesTable } from "./variables-table";

const CACHE_SIZES = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"];

/** Description, X-Ray-style tracing flag and the stage cache cluster. */
function GeneralSettings({ apiId, stage }: { apiId: string; stage: Stage }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const [description, setDescription] = useState(stage.description ?? "");
  const [tracing, setTracing] = useState(stage.tracingEnabled);
  const [cache, setCache] = useState(stage.cacheClusterEnabled);
  const [size, setSize] = useState(stage.cacheClusterSize ?? "0.5");
  /** Back to what is saved: when the stage changes, and on Discard. */
  const resetToSaved = () => {
    setDescription(stage.description ?? "");
    setTracing(stage.tracingEnabled);
    setCache(stage.cacheClusterEnabled);
    setSize(stage.cacheClusterSize ?? "0.5");
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(resetToSaved, [stage.description, stage.tracingEnabled, stage.cacheClusterEnabled, stage.cacheClusterSize]);

  const ops: PatchOperation[] = [];
  if (description.trim() !== (stage.description ?? ""))
    ops.push(description.trim() ? { op: "replace", path: "/description", value: description.trim() } : { op: "remove", path: "/description" });
  if (tracing !== stage.tracingEnabled) ops.push({ op: "replace", path: "/tracingEnabled", value: String(tracing) });
  if (size !== (stage.cacheClusterSize ?? "0.5") && (cache || stage.cacheClusterSize))
    ops.push({ op: "replace", path: "/cacheClusterSize", value: size });
  if (cache !== stage.cacheClusterEnabled) ops.push({ op: "replace", path: "/cacheClusterEnabled", value: String(cache) });

  return (
    <form
      aria-label="General settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!ops.length) return;
        update.mutate(ops, { onSuccess: () => toast.success("Stage settings saved") });
      }}
    >
      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <Settings2 className="size-4 text-muted-foreground" /> General
            </span>
          }
        />
        <div className="grid gap-4 p-4 md:grid-cols-2">
          <Field label="Stage description" htmlFor="stage-description" optional className="md:col-span-2">
            <Input id="stage-description" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="e.g. Production" />
          </Field>
          <label className="flex items-start gap-2 text-sm">
            <Switch checked={tracing} onCheckedChange={setTracing} aria-label="Tracing" className="mt-0.5" />
            <span className="flex flex-col">
              Tracing
              <span className="text-xs text-muted-foreground">
                Sets <code className="font-mono">tracingEnabled</code>, as AWS&apos;s X-Ray active tracing.
              </span>
            </span>
          </label>
          <div className="flex flex-wrap items-start gap-4">
            <label className="flex items-start gap-2 text-sm">
              <Switch checked={cache} onCheckedChange={setCache} aria-label="Stage cache" className="mt-0.5" />
              <span className="flex flex-col">
                Stage cache
                <span className="text-xs text-muted-foreground">Turn caching on per method below.</span>
              </span>
            </label>
            <div className="w-32">
              <Select
                ariaLabel="Cache size (GB)"
                value={size}
                onValueChange={setSize}
                disabled={!cache}
                options={CACHE_SIZES.map((s) => ({ value: s, label: `${s} GB` }))}
              />
            </div>
          </div>
        </div>
        {update.error ? (
          <div className="px-4 pb-4">
            <FormError error={update.error} />
          </div>
        ) : null}
        <div className="flex items-center justify-end gap-2 rounded-b-lg border-t border-border bg-subtle px-4 py-2.5">
          <span className="mr-auto text-xs text-muted-foreground">{ops.length ? `${ops.length} unsaved change${ops.length === 1 ? "" : "s"}` : "No unsaved changes"}</span>
          <Button
            disabled={!ops.length || update.isPending}
            onClick={() => {
              resetToSaved();
              update.reset();
            }}
          >
            Discard
          </Button>
          <Button type="submit" variant="primary" disabled={!ops.length} loading={update.isPending}>
            Save
          </Button>
        </div>
      </Card>
    </form>
  );
}

function summary(s: FullMethodSetting) {
  return {
    throttling: `${s.throttlingRateLimit}/s, burst ${s.throttlingBurstLimit}`,
    caching: s.cachingEnabled ? `on, ${s.cacheTtlInSeconds} s` : "off",
    metrics: s.metricsEnabled ? "on" : "off",
    logging: `${s.loggingLevel}${s.dataTraceEnabled ? " + data" : ""}`,
  };
}

function KeyLabel({ settingKey }: { settingKey: string }) {
  const parsed = parseMethodSettingKey(settingKey);
  if (!parsed) return <span className="font-medium">All methods</span>;
  return (
    <span className="flex min-w-0 items-center gap-2">
      {parsed.verb === "*" ? <Badge tone="outline">ALL</Badge> : <VerbBadge verb={parsed.verb} size="xs" />}
      <PathText path={parsed.path} className="truncate text-xs" />
    </span>
  );
}

/** Pick a resource and method for a new per-method override. */
function AddOverrideDialog({
  apiId,
  open,
  onOpenChange,
  existing,
  onPick,
}: {
  apiId: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  existing: string[];
  onPick: (key: string) => void;
}) {
  const resources = useResources(apiId);
  const [value, setValue] = useState<string>("");
  const options = (resources.data ?? []).flatMap((r) =>
    Object.keys(r.resourceMethods ?? {})
      .sort()
      .map((verb) => {
        const key = methodSettingKey(r.path, verb);
        return {
          value: key,
          disabled: existing.includes(key),
          label: (
            <span className="flex items-center gap-2">
              <VerbBadge verb={verb} size="xs" /> <PathText path={r.path} className="text-xs" />
              {existing.includes(key) ? <span className="text-xs text-muted-foreground">(has an override)</span> : null}
            </span>
          ),
        };
      }),
  );
  const available = options.filter((o) => !o.disabled);
  useEffect(() => {
    if (open) setValue(available[0]?.value ?? "");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, resources.isSuccess]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Override a method" description="Give one method its own throttling, caching, metrics and logging.">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (value) onPick(value);
          }}
        >
          <DialogBody>
            <Field
              label="Method"
              htmlFor="override-method"
              hint={options.length === 0 ? "This API has no methods yet." : available.length === 0 ? "Every method has an override already." : undefined}
            >
              <Select id="override-method" ariaLabel="Method" value={value || undefined} onValueChange={setValue} options={available} placeholder="Pick a method" />
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={!value}>
              Continue
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** Stage-wide method settings and per-method overrides; the one being edited is `?method=` in the URL. */
function MethodSettingsCard({ apiId, stage }: { apiId: string; stage: Stage }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const state = useSearchState();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const all = stage.methodSettings ?? {};
  const overrides = Object.keys(all)
    .filter((k) => k !== STAGE_WIDE)
    .sort();
  const selected = state.get("method");
  const editing = selected && selected !== STAGE_WIDE ? selected : null;
  const isNew = !!editing && !all[editing];

  const save = (ops: PatchOperation[], done?: () => void) =>
    update.mutate(ops, {
      onSuccess: () => {
        toast.success("Method settings saved");
        done?.();
      },
    });

  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            <Gauge className="size-4 text-muted-foreground" /> Method settings
          </span>
        }
        description="Throttling, caching, metrics and logging for every method of the stage, and overrides for single methods. Shown as GetStage returns them."
      />
      <div className="flex flex-col gap-5 p-4">
        <section className="flex flex-col gap-2" aria-label="Stage-wide settings">
          <h4 className="text-sm font-semibold">
            All methods <code className="ml-1 font-mono text-xs font-normal text-muted-foreground">*/*</code>
            {!all[STAGE_WIDE] ? <span className="ml-2 text-xs font-normal text-muted-foreground">(defaults; not set yet)</span> : null}
          </h4>
          <MethodSettingsForm
            settingKey={STAGE_WIDE}
            label="Stage-wide method settings"
            current={effectiveSetting(all, STAGE_WIDE)}
            stageCacheOn={stage.cacheClusterEnabled}
            onSave={(ops) => save(ops)}
            saving={update.isPending && !editing}
            error={!editing ? update.error : null}
          />
        </section>

        <section className="flex flex-col gap-2" aria-label="Per-method overrides">
          <div className="flex items-center justify-between gap-2">
            <h4 className="text-sm font-semibold">Per-method overrides</h4>
            <Button size="sm" onClick={() => setAdding(true)}>
              <Plus /> Add override
            </Button>
          </div>
          {overrides.length === 0 ? (
            isNew ? null : (
              <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted-foreground">
                No overrides: every method uses the stage-wide settings.
              </p>
            )
          ) : (
            <Table aria-label="Method overrides">
              <THead>
                <TR>
                  <TH>Method</TH>
                  <TH>Throttling</TH>
                  <TH>Caching</TH>
                  <TH>Metrics</TH>
                  <TH>Logging</TH>
                  <TH className="w-40" />
                </TR>
              </THead>
              <TBody>
                {overrides.map((k) => {
                  const s = summary(effectiveSetting(all, k));
                  return (
                    <TR key={k} className={k === editing ? "bg-accent/40" : undefined} data-testid={`override-row-${k}`}>
                      <TD className="max-w-64">
                        <KeyLabel settingKey={k} />
                      </TD>
                      <TD className="font-mono text-xs">{s.throttling}</TD>
                      <TD className="text-xs">{s.caching}</TD>
                      <TD className="text-xs">{s.metrics}</TD>
                      <TD className="text-xs">{s.logging}</TD>
                      <TD className="text-right">
                        <Button size="sm" variant="ghost" onClick={() => state.set({ method: k === editing ? null : k })}>
                          {k === editing ? "Close" : "Edit"}
                        </Button>
                        <Button size="icon-sm" variant="ghost" aria-label={`Remove override ${k}`} onClick={() => setRemoving(k)}>
                          <Trash className="text-destructive" />
                        </Button>
                      </TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          )}
          {editing ? (
            <div className="rounded-lg border border-primary/40 bg-accent/20 p-3" data-testid="override-editor">
              <div className="mb-3 flex items-center gap-2 text-sm font-medium">
                {isNew ? "New override for" : "Override for"} <KeyLabel settingKey={editing} />
                <code className="ml-auto font-mono text-xs text-muted-foreground">{editing}</code>
              </div>
              <MethodSettingsForm
                settingKey={editing}
                label={`Method settings for ${editing}`}
                current={effectiveSetting(all, editing)}
                stageCacheOn={stage.cacheClusterEnabled}
                forceCreate={isNew}
                onSave={(ops) => save(ops)}
                onCancel={() => {
                  update.reset();
                  state.set({ method: null });
                }}
                saving={update.isPending}
                error={update.error}
              />
            </div>
          ) : null}
        </section>

        <details className="rounded-md border border-border">
          <summary className="cursor-pointer px-3 py-2 text-xs font-medium text-muted-foreground">methodSettings as GetStage returns it</summary>
          <pre className="max-h-72 overflow-auto border-t border-border bg-subtle px-3 py-2 font-mono text-xs" data-testid="method-settings-json">
            {JSON.stringify(all, null, 2)}
          </pre>
        </details>
      </div>
      <AddOverrideDialog
        apiId={apiId}
        open={adding}
        onOpenChange={setAdding}
        existing={overrides}
        onPick={(key) => {
          setAdding(false);
          update.reset();
          state.set({ method: key });
        }}
      />
      <ActionDialog
        open={!!removing}
        onOpenChange={(o) => !o && setRemoving(null)}
        title="Remove this override?"
        confirmLabel="Remove override"
        destructive
        onConfirm={async () => {
          const k = removing!;
          await update.mutateAsync([{ op: "remove", path: `/${k}` }]);
          if (editing === k) state.set({ method: null }, "replace");
          toast.success("Override removed");
        }}
      >
        {removing ? (
          <p>
            <KeyLabel settingKey={removing} /> goes back to the stage-wide settings.
          </p>
        ) : null}
      </ActionDialog>
    </Card>
  );
}

/** The stage's tags (TagResource / UntagResource on its ARN). */
function TagsCard({ apiId, stage }: { apiId: string; stage: Stage }) {
  const session = useSession();
  const tags = useStageTags(apiId, stage.stageName, session.data?.region);
  const saved = useMemo(() => stage.tags ?? {}, [stage.tags]);
  const [rows, setRows] = useState<VariableRow[]>(() => rowsOf(saved));
  const [submitted, setSubmitted] = useState(false);
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    setRows(rowsOf(saved));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);
  const validation = validateTagRows(rows);
  const next = Object.fromEntries(rows.map((r) => [r.name.trim(), r.value]));
  const remove = Object.keys(saved).filter((k) => !Object.hasOwn(next, k));
  const set = Object.fromEntries(Object.entries(next).filter(([k, v]) => saved[k] !== v));
  const changes = remove.length + Object.keys(set).length;

  return (
    <form
      aria-label="Tags"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (Object.keys(validation.rows).length || validation.table || !changes) return;
        tags.mutate({ set, remove }, { onSuccess: () => toast.success("Tags saved") });
      }}
    >
      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <Tag className="size-4 text-muted-foreground" /> Tags
            </span>
          }
          description={
            <span className="inline-flex flex-wrap items-center gap-1">
              On the stage&apos;s ARN <CopyableText value={stageArn(session.data?.region, apiId, stage.stageName)} />
            </span>
          }
        />
        <div className="flex flex-col gap-3 px-6 py-4">
          <VariablesTable
            label="Tag"
            addLabel="Add tag"
            namePlaceholder="key"
            rows={rows}
            onChange={setRows}
            errors={validation.rows}
            showErrors={submitted}
            base={saved}
            emptyText="No tags."
          />
          {validation.table ? <FormError error={new Error(validation.table)} /> : null}
          <FormError error={tags.error} />
        </div>
        <div className="flex items-center justify-end gap-2 rounded-b-lg border-t border-border bg-subtle px-4 py-2.5">
          <span className="mr-auto text-xs text-muted-foreground">{changes ? `${changes} unsaved change${changes === 1 ? "" : "s"}` : "No unsaved changes"}</span>
          <Button disabled={!changes} onClick={() => setRows(rowsOf(saved))}>
            Discard
          </Button>
          <Button type="submit" variant="primary" disabled={!changes} loading={tags.isPending}>
            Save tags
          </Button>
        </div>
      </Card>
    </form>
  );
}

export function SettingsView({ apiId, stage }: { apiId: string; stage: Stage }) {
  return (
    <div className="flex flex-col gap-5">
      <GeneralSettings apiId={apiId} stage={stage} />
      <StageCacheStatus apiId={apiId} stage={stage} />
      <MethodSettingsCard apiId={apiId} stage={stage} />
      <MethodSettingsInEffect apiId={apiId} stage={stage} />
      <TagsCard apiId={apiId} stage={stage} />
    </div>
  );
}
