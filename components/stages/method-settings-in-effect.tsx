"use client";
import { ShieldCheck } from "lucide-react";
import { useResources } from "@/components/data/use-resources";
import type { Stage } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { methodsInEffect, sourceLabel, type MethodInEffect } from "./method-settings-effective";

/** `method.request.querystring.type` → `querystring.type`. */
const shortKey = (k: string) => k.replace(/^method\.request\./, "");

function Throttle({ row }: { row: MethodInEffect }) {
  const t = row.throttle;
  if (t.kind === "none") return <span className="text-xs text-muted-foreground">No method limit (account limit only)</span>;
  if (t.kind === "blocked")
    return (
      <Badge tone="destructive" title="Burst 0: every request is answered 429 Too Many Requests">
        Blocked: every request 429
      </Badge>
    );
  return (
    <span className="whitespace-nowrap font-mono text-xs">
      {t.rate.toLocaleString()}/s · burst {t.burst.toLocaleString()}
    </span>
  );
}

function Caching({ row }: { row: MethodInEffect }) {
  const c = row.caching;
  if (!c.on)
    return (
      <span className="flex items-start gap-1.5 text-xs">
        <Badge tone="outline" className="shrink-0">
          Off
        </Badge>
        {/* Where to turn it on, in the words of the form that does. */}
        <span className="text-muted-foreground">{c.why === "caching is off" ? "Cache responses is off" : c.why}</span>
      </span>
    );
  return (
    <span className="flex items-center gap-1.5 whitespace-nowrap text-xs">
      <Badge tone="success">On</Badge> TTL {c.ttlSeconds} s{row.verb === "ANY" ? " (GET requests)" : ""}
    </span>
  );
}

/**
 * Per method, what the gateway enforces on this stage: the throttling limits and caching in
 * effect, which method settings entry they come from, and the cache key parameters.
 */
export function MethodSettingsInEffect({ apiId, stage }: { apiId: string; stage: Stage }) {
  const resources = useResources(apiId);
  const rows = methodsInEffect(resources.data ?? [], stage.methodSettings, stage.cacheClusterEnabled);
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            <ShieldCheck className="size-4 text-muted-foreground" /> Throttling and caching in effect
          </span>
        }
        description={
          <>
            Each method has its own token bucket of these sizes (AWS applies stage limits per method), shared by the base and the canary; over it, requests get{" "}
            <code className="font-mono">429 Too Many Requests</code>. The account-level limit (10,000 requests/s, burst 5,000 unless the gateway is set otherwise) applies
            on top. Cached responses skip the integration until their TTL; the cache key is the method plus its cache key parameters, set on the method&apos;s integration
            request.
          </>
        }
      />
      <div className="p-3">
        {resources.isError ? (
          <ErrorState error={resources.error} title="Could not load the API's methods" onRetry={() => resources.refetch()} />
        ) : resources.isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : rows.length === 0 ? (
          <p className="px-1 py-2 text-sm text-muted-foreground">This API has no methods yet.</p>
        ) : (
          <Table aria-label="Throttling and caching in effect">
            <THead>
              <TR>
                <TH>Method</TH>
                <TH>Throttling</TH>
                <TH>Caching</TH>
                <TH>From</TH>
                <TH>Cache keys</TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((row) => (
                <TR key={`${row.verb} ${row.resourcePath}`} data-testid={`in-effect-${row.verb}-${row.resourcePath}`}>
                  <TD className="max-w-56">
                    <span className="flex min-w-0 items-center gap-2">
                      <VerbBadge verb={row.verb} size="xs" />
                      <PathText path={row.resourcePath} className="truncate text-xs" />
                    </span>
                  </TD>
                  <TD data-testid="in-effect-throttle">
                    <Throttle row={row} />
                  </TD>
                  <TD data-testid="in-effect-caching">
                    <Caching row={row} />
                  </TD>
                  <TD className="font-mono text-xs text-muted-foreground" data-testid="in-effect-source">
                    {sourceLabel(row.source)}
                  </TD>
                  <TD className="text-xs">
                    {row.cacheKeys.length ? (
                      <span className="flex flex-wrap gap-1">
                        {row.cacheKeys.map((k) => (
                          <code key={k} className="rounded bg-muted px-1 font-mono text-[11px]">
                            {shortKey(k)}
                          </code>
                        ))}
                      </span>
                    ) : (
                      <span className="text-muted-foreground">—</span>
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </div>
    </Card>
  );
}
