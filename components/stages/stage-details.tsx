"use client";
import { ListClock as History, Rocket, Trash } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { DeployDialog } from "@/components/deploy/deploy-dialog";
import { errorMessage, isControlApiError } from "@/components/data/control-api";
import { useDeleteStage } from "@/components/data/use-delete-stage";
import { useDeployments } from "@/components/data/use-deployments";
import { useStage } from "@/components/data/use-stage";
import { useUpdateStage } from "@/components/data/use-update-stage";
import type { Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { InvokeUrlList } from "./invoke-url-list";

/** A stage: invoke URLs, the deployment it serves, variables, and its deployment history. */
export function StageDetails({ apiId, stageName }: { apiId: string; stageName: string }) {
  const router = useRouter();
  const stage = useStage(apiId, stageName);
  const deployments = useDeployments(apiId);
  const del = useDeleteStage(apiId);
  const update = useUpdateStage(apiId, stageName);
  const [deleting, setDeleting] = useState(false);
  const [deploying, setDeploying] = useState(false);
  const last = useRef<Stage | undefined>(undefined);
  if (stage.data) last.current = stage.data;
  const s = stage.data ?? (del.isPending ? last.current : undefined);

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
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }

  const current = deployments.data?.find((d) => d.id === s.deploymentId);
  const variables = Object.entries(s.variables ?? {});

  return (
    <div className="flex flex-col gap-5 px-6 py-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Stage</p>
          <h2 className="mt-0.5 text-lg font-semibold" data-testid="stage-name">
            {s.stageName}
          </h2>
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

      <Card>
        <CardHeader title="Invoke URL" description="Call the deployed API here; the gateway serves the stage's deployment." />
        <div className="p-4">
          <InvokeUrlList apiId={apiId} stageName={s.stageName} />
        </div>
      </Card>

      <Card className="px-4 py-3">
        <Properties
          items={[
            ["Deployment", <CopyableText key="d" value={s.deploymentId} />],
            [
              "Deployment description",
              <span key="dd" data-testid="stage-deployment-description">
                {deployments.isPending ? "…" : current?.description || <span className="text-muted-foreground">—</span>}
              </span>,
            ],
            ["Deployed", current ? <RelativeTime key="dc" value={current.createdDate} /> : "—"],
            ["Stage created", <RelativeTime key="c" value={s.createdDate} />],
            ["Last updated", <RelativeTime key="u" value={s.lastUpdatedDate} />],
          ]}
        />
      </Card>

      <Card>
        <CardHeader title="Stage variables" description="Available to templates and integration URIs as ${stageVariables.name}." />
        {variables.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted-foreground">None.</p>
        ) : (
          <div className="p-3">
            <Table>
              <THead>
                <TR>
                  <TH>Name</TH>
                  <TH>Value</TH>
                </TR>
              </THead>
              <TBody>
                {variables.map(([k, v]) => (
                  <TR key={k}>
                    <TD className="font-mono text-xs">{k}</TD>
                    <TD className="font-mono text-xs">{v}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </Card>

      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <History className="size-4 text-muted-foreground" /> Deployments
            </span>
          }
          description="Every deployment of this API, newest first. Point the stage at an earlier one to roll back."
        />
        {deployments.isPending ? (
          <div className="p-4">
            <Skeleton className="h-16 w-full" />
          </div>
        ) : deployments.isError ? (
          <div className="p-4">
            <ErrorState error={deployments.error} onRetry={() => deployments.refetch()} />
          </div>
        ) : (
          <ul className="divide-y divide-border">
            {deployments.data.slice(0, 20).map((d) => {
              const isCurrent = d.id === s.deploymentId;
              return (
                <li key={d.id} className="flex items-center gap-3 px-4 py-2 text-sm">
                  <code className="font-mono text-xs">{d.id}</code>
                  {isCurrent ? <Badge tone="success">current</Badge> : null}
                  <span className="min-w-0 flex-1 truncate text-muted-foreground">{d.description || "—"}</span>
                  <span className="text-xs text-muted-foreground">
                    <RelativeTime value={d.createdDate} />
                  </span>
                  {!isCurrent ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={update.isPending}
                      onClick={() =>
                        update.mutate([{ op: "replace", path: "/deploymentId", value: d.id }], {
                          onSuccess: () => toast.success(`${s.stageName} now serves deployment ${d.id}`),
                          onError: (err) => toast.error(`Could not roll back: ${errorMessage(err)}`),
                        })
                      }
                    >
                      Roll back to this
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <DeployDialog apiId={apiId} open={deploying} onOpenChange={setDeploying} defaultStage={s.stageName} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete stage ${s.stageName}?`}
        description={
          <>
            Its invoke URLs stop answering at once. The deployments stay and can be deployed to a new stage.
          </>
        }
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
