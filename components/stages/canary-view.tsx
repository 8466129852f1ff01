"use client";
import { Bird, Pencil, Rocket, Trash } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { useDeploymentHistory } from "@/components/data/use-deployment-history";
import { useUpdateStage } from "@/components/data/use-update-stage";
import type { DeploymentHistoryEntry } from "@/components/data/stage-types";
import type { PatchOperation, Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { Switch } from "@/components/ui/switch";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { ActionDialog } from "./action-dialog";
import { CanaryMetrics } from "./canary-metrics";
import { PercentSlider, SplitBar } from "./percent-slider";
import { rowsOf, validateRows, variableOps, type VariableRow } from "./stage-variable-rules";
import { VariablesTable } from "./variables-table";

const OVERRIDES = "/canarySettings/stageVariableOverrides";

function DeploymentText({ id, history }: { id?: string; history?: DeploymentHistoryEntry[] }) {
  const d = history?.find((x) => x.id === id);
  if (!id) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-2">
      <CopyableText value={id} />
      {d ? (
        <span className="min-w-0 truncate text-muted-foreground">
          {d.description || "No description"} · <RelativeTime value={d.createdDate} />
        </span>
      ) : null}
    </span>
  );
}

/**
 * Create or edit a canary: its deployment, traffic share, stage-variable overrides and whether
 * it uses the stage cache. Saved as one UpdateStage with only what changed.
 */
function CanaryForm({
  apiId,
  stage,
  history,
  onDone,
}: {
  apiId: string;
  stage: Stage;
  history: DeploymentHistoryEntry[];
  onDone: () => void;
}) {
  const update = useUpdateStage(apiId, stage.stageName);
  const existing = stage.canarySettings;
  const savedOverrides = useMemo(() => existing?.stageVariableOverrides ?? {}, [existing]);
  const firstOther = history.find((d) => d.id !== stage.deploymentId)?.id ?? stage.deploymentId;
  const [deploymentId, setDeploymentId] = useState(existing?.deploymentId ?? firstOther);
  const [percent, setPercent] = useState(existing?.percentTraffic ?? 10);
  const [useStageCache, setUseStageCache] = useState(existing?.useStageCache ?? false);
  const [rows, setRows] = useState<VariableRow[]>(() => rowsOf(savedOverrides));
  const [submitted, setSubmitted] = useState(false);

  const validation = validateRows(rows);
  const invalid = Object.keys(validation.rows).length > 0 || !!validation.table;

  const ops: PatchOperation[] = [];
  if (!existing || existing.deploymentId !== deploymentId) ops.push({ op: "replace", path: "/canarySettings/deploymentId", value: deploymentId });
  if (!existing || existing.percentTraffic !== percent) ops.push({ op: "replace", path: "/canarySettings/percentTraffic", value: String(percent) });
  ops.push(...variableOps(existing ? savedOverrides : {}, rows, OVERRIDES));
  if (!existing ? useStageCache : !!existing.useStageCache !== useStageCache)
    ops.push({ op: "replace", path: "/canarySettings/useStageCache", value: String(useStageCache) });
  useUnsavedChangesGuard(ops.length > 0);

  function save(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (invalid || ops.length === 0) return;
    update.mutate(ops, {
      onSuccess: () => {
        toast.success(existing ? "Canary updated" : `Canary created: ${percent} % of ${stage.stageName}'s requests go to ${deploymentId}`);
        onDone();
      },
    });
  }

  const options = history.map((d) => ({
    value: d.id,
    label: (
      <span className="flex min-w-0 items-center gap-2">
        <code className="font-mono text-xs">{d.id}</code>
        <span className="truncate text-muted-foreground">{d.description || "No description"}</span>
        {d.id === stage.deploymentId ? <span className="text-xs text-success">stage&apos;s current</span> : null}
      </span>
    ),
  }));

  return (
    <form onSubmit={save} noValidate aria-label={existing ? "Edit canary" : "Create canary"}>
      <Card>
        <CardHeader
          title={existing ? "Edit canary" : "Create canary"}
          description="A canary sends a share of this stage's requests to another deployment, with its own stage-variable overrides."
        />
        <div className="flex flex-col gap-5 px-4 py-4">
          <Field label="Canary deployment" htmlFor="canary-deployment" hint="To canary a new version of the API, use Deploy and pick “Its canary”.">
            <Select id="canary-deployment" ariaLabel="Canary deployment" value={deploymentId} onValueChange={setDeploymentId} options={options} />
          </Field>
          <Field label="Requests to the canary" htmlFor="canary-percent">
            <PercentSlider id="canary-percent" value={percent} onChange={setPercent} />
          </Field>
          <Field
            label="Stage variable overrides"
            hint="The canary sees the stage's variables with these replaced or added. Same rules as stage variables."
          >
            <VariablesTable
              label="Canary override"
              addLabel="Add override"
              rows={rows}
              onChange={setRows}
              errors={validation.rows}
              showErrors={submitted}
              base={existing ? savedOverrides : {}}
              nameOptions={Object.keys(stage.variables ?? {})}
              emptyText="No overrides: the canary sees the stage's variables as they are."
            />
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <Switch checked={useStageCache} onCheckedChange={setUseStageCache} aria-label="Canary uses the stage cache" />
            Canary uses the stage cache
          </label>
          <FormError error={update.error} />
        </div>
        <div className="flex items-center justify-end gap-2 rounded-b-lg border-t border-border bg-subtle px-4 py-2.5">
          <Button onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={update.isPending} disabled={existing ? ops.length === 0 : false}>
            {existing ? "Save canary" : "Create canary"}
          </Button>
        </div>
      </Card>
    </form>
  );
}

/** The canary's traffic share, adjustable in place. */
function WeightEditor({ apiId, stage }: { apiId: string; stage: Stage }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const saved = stage.canarySettings?.percentTraffic ?? 0;
  const [percent, setPercent] = useState(saved);
  useEffect(() => setPercent(saved), [saved]);
  const changed = percent !== saved;
  return (
    <form
      className="flex flex-col gap-2"
      aria-label="Canary traffic"
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate([{ op: "replace", path: "/canarySettings/percentTraffic", value: String(percent) }], {
          onSuccess: () => toast.success(`Canary now gets ${percent} % of requests`),
        });
      }}
    >
      <PercentSlider value={percent} onChange={setPercent} />
      <FormError error={update.error} />
      <div className="flex justify-end gap-2">
        <Button size="sm" disabled={!changed || update.isPending} onClick={() => setPercent(saved)}>
          Reset
        </Button>
        <Button size="sm" type="submit" variant="primary" disabled={!changed} loading={update.isPending}>
          Set traffic
        </Button>
      </div>
    </form>
  );
}

/**
 * The canary panel: create a canary, change its weight, deployment and overrides, promote it as
 * AWS does (0 %, copy its deployment and overrides into the stage) or delete it, and watch base
 * and canary traffic side by side.
 */
export function CanaryView({ apiId, stage }: { apiId: string; stage: Stage }) {
  const history = useDeploymentHistory(apiId);
  const update = useUpdateStage(apiId, stage.stageName);
  const [editing, setEditing] = useState(false);
  const [promoting, setPromoting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [removeAfter, setRemoveAfter] = useState(false);
  const canary = stage.canarySettings;

  if (history.isPending) return <Skeleton className="h-48 w-full" />;
  const items = history.data ?? [];

  if (editing) return <CanaryForm apiId={apiId} stage={stage} history={items} onDone={() => setEditing(false)} />;

  if (!canary) {
    return (
      <div className="flex flex-col gap-5">
        <EmptyState
          icon={<Bird />}
          title="No canary on this stage"
          description={
            <>
              A canary release sends a share of {stage.stageName}&apos;s requests to another deployment, so you can watch it next to the
              current one before promoting it to all traffic.
            </>
          }
          action={
            <Button variant="primary" onClick={() => setEditing(true)}>
              <Bird /> Create canary
            </Button>
          }
        />
      </div>
    );
  }

  const overrides = Object.entries(canary.stageVariableOverrides ?? {});
  const promoted = canary.deploymentId === stage.deploymentId && (canary.percentTraffic ?? 0) === 0;
  const mergedVariables = { ...(stage.variables ?? {}), ...(canary.stageVariableOverrides ?? {}) };
  const changedVars = overrides.filter(([k, v]) => stage.variables?.[k] !== v);

  return (
    <div className="flex flex-col gap-5">
      <Card data-testid="canary-card">
        <CardHeader
          title={
            <span className="flex items-center gap-2">
              <Bird className="size-4 text-[#d97706]" /> Canary
              <Badge tone="warning" data-testid="canary-percent">
                {canary.percentTraffic ?? 0} %
              </Badge>
              {promoted ? <Badge tone="success">promoted</Badge> : null}
            </span>
          }
          description={
            promoted
              ? "Promoted: the stage serves the canary's deployment and the canary gets no traffic. Delete it, or point it at a new deployment."
              : `${canary.percentTraffic ?? 0} % of ${stage.stageName}'s requests go to the canary deployment; the rest to the stage's own.`
          }
          actions={
            <>
              <Button size="sm" onClick={() => setEditing(true)}>
                <Pencil /> Edit
              </Button>
              <Button size="sm" variant="primary" onClick={() => setPromoting(true)} disabled={promoted}>
                <Rocket /> Promote
              </Button>
              <Button size="sm" aria-label="Delete canary" onClick={() => setDeleting(true)}>
                <Trash className="text-destructive" /> Delete
              </Button>
            </>
          }
        />
        <div className="grid gap-6 px-4 py-4 lg:grid-cols-2">
          <Properties
            items={[
              ["Base deployment", <DeploymentText key="b" id={stage.deploymentId} history={items} />],
              ["Canary deployment", <DeploymentText key="c" id={canary.deploymentId} history={items} />],
              [
                "Overrides",
                overrides.length ? (
                  <ul key="o" className="flex flex-col gap-0.5" data-testid="canary-overrides">
                    {overrides.map(([k, v]) => (
                      <li key={k} className="font-mono text-xs">
                        {k} = <span className="text-[#b45309] dark:text-[#f59e0b]">{v}</span>
                        {stage.variables?.[k] !== undefined ? (
                          <span className="ml-1 text-muted-foreground">(stage: {stage.variables[k]})</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span key="o" className="text-muted-foreground">
                    None
                  </span>
                ),
              ],
              ["Stage cache", canary.useStageCache ? "Used by the canary" : "Not used by the canary"],
            ]}
          />
          <div className="flex flex-col gap-1.5">
            <span className="text-xs font-medium">Traffic split</span>
            <WeightEditor apiId={apiId} stage={stage} />
          </div>
        </div>
      </Card>

      <CanaryMetrics apiId={apiId} stage={stage} />

      <ActionDialog
        open={promoting}
        onOpenChange={setPromoting}
        title={`Promote the canary of ${stage.stageName}?`}
        confirmLabel="Promote canary"
        onConfirm={async () => {
          const ops: PatchOperation[] = [
            { op: "replace", path: "/canarySettings/percentTraffic", value: "0.0" },
            { op: "copy", from: "/canarySettings/stageVariableOverrides", path: "/variables" },
            { op: "copy", from: "/canarySettings/deploymentId", path: "/deploymentId" },
          ];
          if (removeAfter) ops.push({ op: "remove", path: "/canarySettings" });
          await update.mutateAsync(ops);
          toast.success(`Promoted: ${stage.stageName} serves ${canary.deploymentId} to all requests`);
        }}
      >
        <p>As AWS promotes a canary, in one update:</p>
        <ul className="flex list-disc flex-col gap-1.5 pl-5">
          <li>
            The stage serves the canary&apos;s deployment: <code className="font-mono text-xs">{stage.deploymentId}</code> →{" "}
            <code className="font-mono text-xs">{canary.deploymentId}</code>
          </li>
          <li>
            {changedVars.length ? (
              <>
                The overrides become stage variables:{" "}
                {changedVars.map(([k, v], i) => (
                  <span key={k}>
                    {i ? ", " : ""}
                    <code className="font-mono text-xs">
                      {k}={v}
                    </code>
                  </span>
                ))}
                {" "}({Object.keys(mergedVariables).length} variables after)
              </>
            ) : (
              "Stage variables stay as they are (no overrides differ)."
            )}
          </li>
          <li>The canary&apos;s traffic goes to 0 %; it stays until you delete it.</li>
        </ul>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={removeAfter} onChange={(e) => setRemoveAfter(e.target.checked)} className="size-4 accent-[var(--color-primary)]" />
          Also delete the canary
        </label>
      </ActionDialog>
      <ActionDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete the canary?"
        confirmLabel="Delete canary"
        destructive
        onConfirm={async () => {
          await update.mutateAsync([{ op: "remove", path: "/canarySettings" }]);
          toast.success(`All of ${stage.stageName}'s requests go to ${stage.deploymentId} again`);
        }}
      >
        <p>
          All requests go to the stage&apos;s deployment <code className="font-mono text-xs">{stage.deploymentId}</code> again. The canary
          deployment stays in the history; its overrides are dropped.
        </p>
        <SplitBar canary={0} />
      </ActionDialog>
    </div>
  );
}
