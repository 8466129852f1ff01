"use client";
import { ArrowRight, Bird, Braces, GitCompareArrows, History } from "lucide-react";
import Link from "next/link";
import { useDeploymentDiff } from "@/components/data/use-deployment-diff";
import { useDeploymentHistory } from "@/components/data/use-deployment-history";
import { useStageMetrics } from "@/components/data/use-stage-metrics";
import type { Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { CopyableText } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { diffSummaryText } from "./deployment-diff-view";
import { InvokeUrlList } from "./invoke-url-list";
import { fmtMs, fmtPct, StatTile } from "./metric-charts";
import { SplitBar } from "./percent-slider";

/** The stage at a glance: invoke URLs, what it serves, undeployed changes, canary, variables, traffic. */
export function OverviewView({
  apiId,
  stage,
  viewHref,
  onDeploy,
}: {
  apiId: string;
  stage: Stage;
  viewHref: (view: string, extra?: Record<string, string>) => string;
  onDeploy: () => void;
}) {
  const history = useDeploymentHistory(apiId);
  const pending = useDeploymentDiff(apiId, stage.deploymentId, "current");
  const metrics = useStageMetrics({ apiId, stage: stage.stageName, rangeMinutes: 60, stepMinutes: 60, refreshMs: 30_000 });
  const current = history.data?.find((d) => d.id === stage.deploymentId);
  const canary = stage.canarySettings;
  const canaryDeployment = history.data?.find((d) => d.id === canary?.deploymentId);
  const vars = Object.entries(stage.variables ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const tot = metrics.data?.series[0]?.totals;

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="flex min-w-0 flex-col gap-5">
        <Card>
          <CardHeader title="Invoke URL" description="Call the deployed API here; the gateway serves the stage's deployment." />
          <div className="p-4">
            <InvokeUrlList apiId={apiId} stageName={stage.stageName} />
          </div>
        </Card>

        <Card data-testid="current-deployment">
          <CardHeader
            title={
              <span className="flex items-center gap-1.5">
                <History className="size-4 text-muted-foreground" /> Current deployment
              </span>
            }
            actions={
              <Button asChild size="sm" variant="ghost">
                <Link href={viewHref("deployments")}>
                  History and rollback <ArrowRight />
                </Link>
              </Button>
            }
          />
          <div className="flex flex-col gap-3 px-4 py-3">
            <Properties
              items={[
                ["Deployment", <CopyableText key="d" value={stage.deploymentId} />],
                [
                  "Description",
                  <span key="dd" data-testid="stage-deployment-description">
                    {history.isPending ? "…" : current?.description || <span className="text-muted-foreground">—</span>}
                  </span>,
                ],
                [
                  "Deployed",
                  current ? (
                    <span key="dc">
                      <RelativeTime value={current.createdDate} />
                      {current.createdBy ? <span className="text-muted-foreground"> by {current.createdBy}</span> : null}
                    </span>
                  ) : (
                    "—"
                  ),
                ],
              ]}
            />
            <div className="flex flex-wrap items-center gap-2 rounded-md border border-border bg-subtle px-3 py-2 text-sm" data-testid="undeployed-changes">
              <GitCompareArrows className="size-4 shrink-0 text-muted-foreground" />
              {pending.isPending ? (
                <Skeleton className="h-4 w-48" />
              ) : pending.data ? (
                pending.data.diff.identical ? (
                  <span className="text-muted-foreground">The API has no changes since this deployment.</span>
                ) : (
                  <>
                    <span className="min-w-0 flex-1">
                      <span className="font-medium">Not deployed yet:</span> {diffSummaryText(pending.data.diff)}
                    </span>
                    <Button asChild size="sm" variant="ghost">
                      <Link href={viewHref("deployments", { from: stage.deploymentId, to: "current" })}>Review</Link>
                    </Button>
                    <Button size="sm" variant="primary" onClick={onDeploy}>
                      Deploy
                    </Button>
                  </>
                )
              ) : (
                <span className="text-muted-foreground">Could not compare with the current API.</span>
              )}
            </div>
          </div>
        </Card>

        <Card>
          <CardHeader
            title="Last hour"
            actions={
              <Button asChild size="sm" variant="ghost">
                <Link href={viewHref("dashboard")}>
                  Dashboard <ArrowRight />
                </Link>
              </Button>
            }
          />
          <div className="grid grid-cols-2 gap-3 p-4 md:grid-cols-4">
            {tot ? (
              <>
                <StatTile label="Requests" value={tot.count.toLocaleString()} />
                <StatTile label="4XX" value={tot.count4xx.toLocaleString()} hint={fmtPct(tot.count4xx, tot.count)} tone={tot.count4xx ? "warning" : undefined} />
                <StatTile label="5XX" value={tot.count5xx.toLocaleString()} hint={fmtPct(tot.count5xx, tot.count)} tone={tot.count5xx ? "destructive" : undefined} />
                <StatTile label="Latency p99" value={fmtMs(tot.latencyP99)} hint={`p50 ${fmtMs(tot.latencyP50)}`} />
              </>
            ) : (
              Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-[74px]" />)
            )}
          </div>
        </Card>
      </div>

      <div className="flex min-w-0 flex-col gap-5">
        <Card>
          <CardHeader
            title={
              <span className="flex items-center gap-1.5">
                <Bird className="size-4 text-[#d97706]" /> Canary
                {canary ? <Badge tone="warning">{canary.percentTraffic ?? 0} %</Badge> : null}
              </span>
            }
            actions={
              <Button asChild size="sm" variant="ghost">
                <Link href={viewHref("canary")}>
                  {canary ? "Manage" : "Create"} <ArrowRight />
                </Link>
              </Button>
            }
          />
          <div className="px-4 py-3 text-sm">
            {canary ? (
              <div className="flex flex-col gap-2">
                <p className="min-w-0 truncate">
                  <code className="font-mono text-xs">{canary.deploymentId}</code>{" "}
                  <span className="text-muted-foreground">{canaryDeployment?.description ?? ""}</span>
                </p>
                <SplitBar canary={canary.percentTraffic ?? 0} />
              </div>
            ) : (
              <p className="text-muted-foreground">No canary. All requests go to the current deployment.</p>
            )}
          </div>
        </Card>

        <Card>
          <CardHeader
            title={
              <span className="flex items-center gap-1.5">
                <Braces className="size-4 text-muted-foreground" /> Stage variables
                <Badge tone="outline">{vars.length}</Badge>
              </span>
            }
            actions={
              <Button asChild size="sm" variant="ghost">
                <Link href={viewHref("variables")}>
                  Edit <ArrowRight />
                </Link>
              </Button>
            }
          />
          {vars.length === 0 ? (
            <p className="px-4 py-3 text-sm text-muted-foreground">None.</p>
          ) : (
            <dl className="grid grid-cols-[minmax(0,max-content)_minmax(0,1fr)] gap-x-4 gap-y-1 px-4 py-3 font-mono text-xs" data-testid="overview-variables">
              {vars.slice(0, 8).map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="truncate text-muted-foreground">{k}</dt>
                  <dd className="truncate" title={v}>
                    {v}
                  </dd>
                </div>
              ))}
              {vars.length > 8 ? <dd className="col-span-2 font-sans text-muted-foreground">and {vars.length - 8} more</dd> : null}
            </dl>
          )}
        </Card>

        <Card className="px-4 py-3">
          <Properties
            items={[
              ["Stage created", <RelativeTime key="c" value={stage.createdDate} />],
              ["Last updated", <RelativeTime key="u" value={stage.lastUpdatedDate} />],
              ["Tracing", stage.tracingEnabled ? "On" : "Off"],
              ["Cache", stage.cacheClusterEnabled ? `${stage.cacheClusterSize ?? "0.5"} GB` : "Off"],
              [
                "Tags",
                Object.keys(stage.tags ?? {}).length ? (
                  <span key="t" className="flex flex-wrap gap-1">
                    {Object.entries(stage.tags ?? {}).map(([k, v]) => (
                      <Badge key={k} tone="outline">
                        {k}
                        {v ? `=${v}` : ""}
                      </Badge>
                    ))}
                  </span>
                ) : (
                  "—"
                ),
              ],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
