"use client";
import { ArrowLeftRight, GitCompareArrows, History, RotateCcw } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useDeploymentDiff } from "@/components/data/use-deployment-diff";
import { useDeploymentHistory } from "@/components/data/use-deployment-history";
import { useUpdateStage } from "@/components/data/use-update-stage";
import type { DeploymentHistoryEntry, DiffSide } from "@/components/data/stage-types";
import type { Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime, formatExact, toDate } from "@/components/ui/relative-time";
import { Select } from "@/components/ui/select";
import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";
import { ActionDialog } from "./action-dialog";
import { DeploymentDiffView } from "./deployment-diff-view";
import { useSearchState } from "./use-search-state";

const PAGE = 15;
export const CURRENT_API = "current";

function shortDate(epochSeconds: number) {
  const d = toDate(epochSeconds);
  return d ? formatExact(d) : "";
}

/** Stage badges of one deployment: this stage (current / canary) first, then the other stages. */
function StageBadges({ d, stageName }: { d: DeploymentHistoryEntry; stageName: string }) {
  const others = d.stages.filter((s) => s !== stageName);
  const otherCanaries = d.canaryStages.filter((s) => s !== stageName);
  return (
    <span className="flex flex-wrap items-center gap-1">
      {d.stages.includes(stageName) ? <Badge tone="success">current</Badge> : null}
      {d.canaryStages.includes(stageName) ? <Badge tone="warning">canary</Badge> : null}
      {others.map((s) => (
        <Badge key={s} tone="outline" title={`Stage ${s} serves this deployment`}>
          {s}
        </Badge>
      ))}
      {otherCanaries.map((s) => (
        <Badge key={`c${s}`} tone="outline" title={`Canary of stage ${s}`}>
          {s} canary
        </Badge>
      ))}
    </span>
  );
}

function SideLabel({ side }: { side: DiffSide }) {
  if (!side.deploymentId) return <span className="font-medium">the current API (not deployed)</span>;
  return (
    <span>
      <code className="font-mono text-xs">{side.deploymentId}</code>
      {side.description ? <span className="text-muted-foreground"> · {side.description}</span> : null}
    </span>
  );
}

/** The diff between any two deployments, or a deployment and the current API; both ends in the URL. */
function DiffPanel({
  apiId,
  stage,
  history,
  from,
  to,
}: {
  apiId: string;
  stage: Stage;
  history: DeploymentHistoryEntry[];
  from: string;
  to: string;
}) {
  const state = useSearchState();
  const diff = useDeploymentDiff(apiId, from, to);
  const label = (d: DeploymentHistoryEntry) => (
    <span className="flex min-w-0 items-center gap-2">
      <code className="font-mono text-xs">{d.id}</code>
      <span className="truncate text-muted-foreground">{d.description || shortDate(d.createdDate)}</span>
      {d.id === stage.deploymentId ? <span className="text-xs text-success">current</span> : null}
    </span>
  );
  const options = history.map((d) => ({ value: d.id, label: label(d) }));
  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium">
          From
          <Select
            ariaLabel="Compare from"
            value={from}
            onValueChange={(v) => state.set({ from: v })}
            options={options}
            className="min-w-0"
          />
        </label>
        <Button
          variant="ghost"
          size="icon"
          aria-label="Swap sides"
          title="Swap sides"
          disabled={to === CURRENT_API}
          onClick={() => state.set({ from: to, to: from })}
        >
          <ArrowLeftRight />
        </Button>
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium">
          To
          <Select
            ariaLabel="Compare to"
            value={to}
            onValueChange={(v) => state.set({ to: v })}
            options={[{ value: CURRENT_API, label: <span className="font-medium">Current API (not deployed)</span> }, ...options]}
            className="min-w-0"
          />
        </label>
      </div>
      {diff.isPending ? (
        <SkeletonRows rows={3} />
      ) : diff.isError ? (
        <ErrorState error={diff.error} title="Could not compare these deployments" onRetry={() => diff.refetch()} />
      ) : (
        <>
          <p className="text-xs text-muted-foreground">
            What changes going from <SideLabel side={diff.data.from} /> to <SideLabel side={diff.data.to} />.
          </p>
          <DeploymentDiffView diff={diff.data.diff} />
        </>
      )}
    </div>
  );
}

/**
 * The stage's deployments view: every deployment of the API as a timeline with who deployed it
 * and which stages use it, a "Make current" (rollback / roll forward) per row, and the diff
 * between any two deployments (or a deployment and the current API).
 */
export function DeploymentsView({ apiId, stage }: { apiId: string; stage: Stage }) {
  const history = useDeploymentHistory(apiId);
  const update = useUpdateStage(apiId, stage.stageName);
  const state = useSearchState();
  const [showAll, setShowAll] = useState(false);
  const [target, setTarget] = useState<DeploymentHistoryEntry | null>(null);
  const diffRef = useRef<HTMLDivElement>(null);

  const from = state.get("from") || stage.deploymentId;
  const to = state.get("to") || CURRENT_API;
  const explicit = !!state.get("from") || !!state.get("to");
  useEffect(() => {
    if (explicit) diffRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [from, to]);

  if (history.isPending) return <SkeletonRows rows={5} />;
  if (history.isError) return <ErrorState error={history.error} title="Could not load the deployment history" onRetry={() => history.refetch()} />;
  const items = history.data;
  if (items.length === 0) {
    return <EmptyState icon={<History />} title="No deployments" description="Deploy the API to create the first snapshot." />;
  }
  const shown = showAll ? items : items.slice(0, PAGE);
  const currentIndex = items.findIndex((d) => d.id === stage.deploymentId);

  return (
    <div className="flex flex-col gap-5">
      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <History className="size-4 text-muted-foreground" /> Deployment history
            </span>
          }
          description={`Every deployment of this API, newest first. "Make current" points ${stage.stageName} at it; the gateway serves it within a second.`}
        />
        <ol className="relative flex flex-col" aria-label="Deployments" data-testid="deployment-timeline">
          {shown.map((d, i) => {
            const isCurrent = d.id === stage.deploymentId;
            const isCanary = stage.canarySettings?.deploymentId === d.id;
            const idx = items.indexOf(d);
            const older = currentIndex >= 0 && idx > currentIndex;
            return (
              <li
                key={d.id}
                data-testid={`deployment-row-${d.id}`}
                data-current={isCurrent || undefined}
                className={cn(
                  "group relative flex items-center gap-3 border-b border-border py-2.5 pl-10 pr-4 text-sm last:border-b-0",
                  isCurrent && "bg-success-soft/40",
                )}
              >
                <span
                  aria-hidden
                  className={cn(
                    "absolute left-[19px] w-px bg-border",
                    i === 0 ? "top-1/2" : "top-0",
                    i === shown.length - 1 ? "bottom-1/2" : "bottom-0",
                  )}
                />
                <span
                  aria-hidden
                  className={cn(
                    "absolute left-[15px] top-1/2 size-[9px] -translate-y-1/2 rounded-full border-2 bg-card",
                    isCurrent ? "border-success bg-success" : isCanary ? "border-warning bg-warning" : "border-muted-foreground/50",
                  )}
                />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <div className="flex min-w-0 flex-wrap items-center gap-2">
                    <CopyableText value={d.id} />
                    <StageBadges d={d} stageName={stage.stageName} />
                  </div>
                  <p className="truncate text-muted-foreground" title={d.description}>
                    {d.description || <span className="italic">No description</span>}
                  </p>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-0.5 text-xs text-muted-foreground">
                  <RelativeTime value={d.createdDate} />
                  <span>{d.createdBy ? `by ${d.createdBy}` : ""}</span>
                </div>
                <div className="flex w-64 shrink-0 items-center justify-end gap-1.5">
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={isCurrent ? `Compare ${d.id} with the current API` : `Compare ${d.id} with the current deployment`}
                    title={isCurrent ? "What is not deployed yet" : `What changes if ${stage.stageName} serves this`}
                    onClick={() =>
                      state.set(isCurrent ? { from: d.id, to: CURRENT_API } : { from: stage.deploymentId, to: d.id })
                    }
                  >
                    <GitCompareArrows /> Compare
                  </Button>
                  {isCurrent ? (
                    <span className="inline-flex h-7 w-[7.5rem] items-center justify-center text-xs font-medium text-success">Serving</span>
                  ) : (
                    <Button size="sm" variant="outline" className="w-[7.5rem]" onClick={() => setTarget(d)} aria-label={`Make ${d.id} current`}>
                      <RotateCcw /> {older ? "Roll back" : "Make current"}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        {items.length > PAGE ? (
          <div className="border-t border-border px-4 py-2">
            <Button size="sm" variant="ghost" onClick={() => setShowAll((v) => !v)}>
              {showAll ? "Show fewer" : `Show all ${items.length} deployments`}
            </Button>
          </div>
        ) : null}
      </Card>

      <Card ref={diffRef} className="scroll-mt-4" data-testid="diff-panel">
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <GitCompareArrows className="size-4 text-muted-foreground" /> Compare
            </span>
          }
          description="Resources, methods, integrations, templates, models and settings that differ between two snapshots."
        />
        <DiffPanel apiId={apiId} stage={stage} history={items} from={from} to={to} />
      </Card>

      <ActionDialog
        open={!!target}
        onOpenChange={(o) => !o && setTarget(null)}
        title={target ? `Make ${target.id} current on ${stage.stageName}?` : ""}
        confirmLabel="Make current"
        onConfirm={async () => {
          const d = target!;
          await update.mutateAsync([{ op: "replace", path: "/deploymentId", value: d.id }]);
          toast.success(`${stage.stageName} now serves deployment ${d.id}`);
        }}
      >
        {target ? (
          <div className="flex flex-col gap-2">
            <p>
              Stage <span className="font-medium">{stage.stageName}</span> will serve deployment{" "}
              <code className="font-mono text-xs">{target.id}</code>
              {target.description ? <> ({target.description})</> : null} instead of{" "}
              <code className="font-mono text-xs">{stage.deploymentId}</code>. The gateway picks it up within a second; requests
              in flight finish on the old one.
            </p>
            {stage.canarySettings ? (
              <p className="text-muted-foreground">The canary keeps its own deployment and traffic share.</p>
            ) : null}
            <p className="text-muted-foreground">
              You can switch back at any time from this list.{" "}
              <button
                type="button"
                className="text-primary hover:underline"
                onClick={() => {
                  state.set({ from: stage.deploymentId, to: target.id });
                  setTarget(null);
                }}
              >
                See what changes
              </button>
            </p>
          </div>
        ) : (
          <Skeleton className="h-10 w-full" />
        )}
      </ActionDialog>
    </div>
  );
}
