"use client";
import { ArrowLeft, Rocket, Trash } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { DeployDialog } from "@/components/deploy/deploy-dialog";
import { isControlApiError } from "@/components/data/control-api";
import { useDeleteStage } from "@/components/data/use-delete-stage";
import { useStage } from "@/components/data/use-stage";
import type { Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { CanaryView } from "./canary-view";
import { DashboardView } from "./dashboard-view";
import { DeploymentsView } from "./deployments-view";
import { LogsView } from "./logs-view";
import { OverviewView } from "./overview-view";
import { SettingsView } from "./settings-view";
import { STAGE_VIEWS, STAGE_VIEW_LABELS, isStageView, type StageView } from "./stage-views";
import { useSearchState } from "./use-search-state";
import { VariablesView } from "./variables-view";

/** A stage: header with Deploy and Delete, then its views (`?view=`), each with its own URL. */
export function StageDetails({ apiId, stageName }: { apiId: string; stageName: string }) {
  const router = useRouter();
  const search = useSearchState();
  const stage = useStage(apiId, stageName);
  const del = useDeleteStage(apiId);
  const [deleting, setDeleting] = useState(false);
  const [deploying, setDeploying] = useState(false);
  const last = useRef<Stage | undefined>(undefined);
  if (stage.data) last.current = stage.data;
  const s = stage.data ?? (del.isPending ? last.current : undefined);
  const requested = search.get("view");
  const view: StageView = isStageView(requested) ? requested : "overview";
  const base = `/apis/${apiId}/stages/${encodeURIComponent(stageName)}`;
  const viewHref = (v: string, extra: Record<string, string> = {}) => {
    const qs = new URLSearchParams({ ...(v === "overview" ? {} : { view: v }), ...extra }).toString();
    return qs ? `${base}?${qs}` : base;
  };

  if (!s) {
    if (stage.isError) {
      const notFound = isControlApiError(stage.error) && stage.error.status === 404;
      return (
        <div className="px-6 py-5">
          {notFound ? (
            <EmptyState
              title={`No stage ${stageName}`}
              description="It may have been deleted."
              action={
                <Button asChild>
                  <Link href={`/apis/${apiId}/stages`}>All stages</Link>
                </Button>
              }
            />
          ) : (
            <ErrorState error={stage.error} title="Could not load this stage" onRetry={() => stage.refetch()} />
          )}
        </div>
      );
    }
    return (
      <div className="flex flex-col gap-4 px-6 py-5">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }

  const canary = s.canarySettings;
  return (
    <div className="flex flex-col gap-4 px-6 py-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link
            href={`/apis/${apiId}/stages`}
            className="inline-flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-muted-foreground hover:text-foreground"
          >
            <ArrowLeft className="size-3" /> Stages
          </Link>
          <div className="mt-0.5 flex items-center gap-2">
            <h2 className="truncate text-lg font-semibold" data-testid="stage-name">
              {s.stageName}
            </h2>
            {canary ? (
              <Link href={viewHref("canary")}>
                <Badge tone="warning" title="This stage has a canary">
                  canary {canary.percentTraffic ?? 0} %
                </Badge>
              </Link>
            ) : null}
          </div>
          {s.description ? <p className="text-sm text-muted-foreground">{s.description}</p> : null}
        </div>
        <div className="flex items-center gap-2">
          <Button onClick={() => setDeploying(true)}>
            <Rocket /> Deploy to {s.stageName}
          </Button>
          <Button variant="outline" aria-label="Delete stage" onClick={() => setDeleting(true)}>
            <Trash className="text-destructive" /> Delete
          </Button>
        </div>
      </div>

      <nav className="-mt-1 flex items-center gap-1 overflow-x-auto border-b border-border" aria-label="Stage views">
        {STAGE_VIEWS.map((v) => (
          <Link
            key={v}
            href={viewHref(v)}
            scroll={false}
            aria-current={v === view ? "page" : undefined}
            data-testid={`stage-view-${v}`}
            className={cn(
              "relative -mb-px inline-flex h-9 shrink-0 items-center gap-1.5 border-b-2 px-3 text-sm font-medium transition-colors",
              v === view ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:border-border hover:text-foreground",
            )}
          >
            {STAGE_VIEW_LABELS[v]}
            {v === "variables" ? <span className="text-xs text-muted-foreground">{Object.keys(s.variables ?? {}).length}</span> : null}
            {v === "canary" && canary ? <span className="size-1.5 rounded-full bg-[#d97706]" aria-label="active" /> : null}
          </Link>
        ))}
      </nav>

      {view === "overview" ? (
        <OverviewView apiId={apiId} stage={s} viewHref={viewHref} onDeploy={() => setDeploying(true)} />
      ) : view === "deployments" ? (
        <DeploymentsView apiId={apiId} stage={s} />
      ) : view === "variables" ? (
        <VariablesView key={s.stageName} apiId={apiId} stage={s} />
      ) : view === "canary" ? (
        <CanaryView apiId={apiId} stage={s} />
      ) : view === "settings" ? (
        <SettingsView apiId={apiId} stage={s} />
      ) : view === "logs" ? (
        <LogsView apiId={apiId} stage={s} />
      ) : (
        <DashboardView apiId={apiId} stage={s} />
      )}

      <DeployDialog apiId={apiId} open={deploying} onOpenChange={setDeploying} defaultStage={s.stageName} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete stage ${s.stageName}?`}
        description={<>Its invoke URLs stop answering at once. The deployments stay and can be deployed to a new stage.</>}
        confirmName={s.stageName}
        confirmLabel="Delete stage"
        onConfirm={async () => {
          await del.mutateAsync(s.stageName);
          toast.success(`Deleted stage ${s.stageName}`);
          router.push(`/apis/${apiId}/stages`);
        }}
      />
    </div>
  );
}
