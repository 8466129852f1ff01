"use client";
import { Layers, Rocket } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DeployDialog } from "@/components/deploy/deploy-dialog";
import { useDeployments } from "@/components/data/use-deployments";
import { useStages } from "@/components/data/use-stages";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

/** Stages tab: each stage with the deployment it serves. */
export function StagesList({ apiId }: { apiId: string }) {
  const router = useRouter();
  const stages = useStages(apiId);
  const deployments = useDeployments(apiId);
  const [deploying, setDeploying] = useState(false);

  return (
    <div className="flex flex-col gap-4 px-6 py-5">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          A stage serves one deployment (a snapshot of the API) at its invoke URL.
        </p>
        {stages.data?.length ? (
          <Button onClick={() => setDeploying(true)}>
            <Rocket /> Deploy
          </Button>
        ) : null}
      </div>
      {stages.isPending ? (
        <SkeletonRows rows={3} />
      ) : stages.isError ? (
        <ErrorState error={stages.error} title="Could not load stages" onRetry={() => stages.refetch()} />
      ) : stages.data.length === 0 ? (
        <EmptyState
          icon={<Layers />}
          title="No stages yet"
          description="Deploy the API to create a stage such as dev or prod. Its invoke URL starts answering right away."
          action={
            <Button variant="primary" onClick={() => setDeploying(true)}>
              <Rocket /> Deploy API
            </Button>
          }
        />
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>Stage</TH>
              <TH>Deployment</TH>
              <TH>Deployment description</TH>
              <TH>Last updated</TH>
              <TH>Created</TH>
            </TR>
          </THead>
          <TBody>
            {stages.data.map((s) => {
              const d = deployments.data?.find((x) => x.id === s.deploymentId);
              const href = `/apis/${apiId}/stages/${encodeURIComponent(s.stageName)}`;
              return (
                <TR
                  key={s.stageName}
                  className="cursor-pointer hover:bg-muted/60"
                  data-testid={`stage-row-${s.stageName}`}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest("a,button")) return;
                    router.push(href);
                  }}
                >
                  <TD className="font-medium">
                    <span className="flex items-center gap-2">
                      <Link href={href} className="hover:text-primary hover:underline">
                        {s.stageName}
                      </Link>
                      {s.canarySettings ? (
                        <Badge tone="warning" title={`Canary deployment ${s.canarySettings.deploymentId ?? ""}`}>
                          canary {s.canarySettings.percentTraffic ?? 0} %
                        </Badge>
                      ) : null}
                    </span>
                    {s.description ? <p className="text-xs font-normal text-muted-foreground">{s.description}</p> : null}
                  </TD>
                  <TD>
                    <CopyableText value={s.deploymentId} />
                  </TD>
                  <TD className="max-w-0 truncate text-muted-foreground">{d?.description || "—"}</TD>
                  <TD className="text-muted-foreground">
                    <RelativeTime value={s.lastUpdatedDate} />
                  </TD>
                  <TD className="text-muted-foreground">
                    <RelativeTime value={s.createdDate} />
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
      <DeployDialog apiId={apiId} open={deploying} onOpenChange={setDeploying} />
    </div>
  );
}
