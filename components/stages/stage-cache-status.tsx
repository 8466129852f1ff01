"use client";
import { Eraser, KeyRound } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useFlushStageAuthorizersCache } from "@/components/data/use-flush-stage-authorizers-cache";
import { useFlushStageCache } from "@/components/data/use-flush-stage-cache";
import type { Stage } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ActionDialog } from "./action-dialog";

/**
 * The saved cache cluster's state, and FlushStageCache behind a confirmation. Outside the General
 * form: the confirmation's own form must not submit it (React events bubble through portals).
 */
export function StageCacheStatus({ apiId, stage }: { apiId: string; stage: Stage }) {
  const flush = useFlushStageCache(apiId, stage.stageName);
  const flushAuthorizers = useFlushStageAuthorizersCache(apiId, stage.stageName);
  const [confirming, setConfirming] = useState<"responses" | "authorizers" | null>(null);
  return (
    <Card className="flex flex-wrap items-center gap-2 px-4 py-3 text-xs" data-testid="stage-cache-status" aria-label="Stage cache">
      <span className="font-medium">Stage cache</span>
      {stage.cacheClusterEnabled ? (
        <Badge tone="success">
          {stage.cacheClusterStatus ?? "AVAILABLE"} · {stage.cacheClusterSize ?? "0.5"} GB
        </Badge>
      ) : (
        <Badge tone="outline">{stage.cacheClusterStatus ?? "NOT_AVAILABLE"}</Badge>
      )}
      <span className="text-muted-foreground">
        {stage.cacheClusterEnabled
          ? "GET methods cache when caching is on in the method settings below; TTLs are per method."
          : "Turn the stage cache on and save, then turn caching on in the method settings below."}
      </span>
      <div className="ml-auto flex items-center gap-2">
        <Button size="sm" variant="outline" onClick={() => setConfirming("authorizers")}>
          <KeyRound /> Flush authorizer cache
        </Button>
        <Button size="sm" disabled={!stage.cacheClusterEnabled} onClick={() => setConfirming("responses")}>
          <Eraser /> Flush cache
        </Button>
      </div>
      <ActionDialog
        open={confirming === "authorizers"}
        onOpenChange={(open) => setConfirming(open ? "authorizers" : null)}
        title={`Flush the authorizer cache of stage ${stage.stageName}?`}
        confirmLabel="Flush authorizer cache"
        onConfirm={async () => {
          await flushAuthorizers.mutateAsync();
          toast.success("Authorizer cache flushed", { description: "The next request of each caller runs its authorizer again." });
        }}
      >
        <p>Every cached authorizer result of this stage is dropped, so revoked tokens stop working at once.</p>
      </ActionDialog>
      <ActionDialog
        open={confirming === "responses"}
        onOpenChange={(open) => setConfirming(open ? "responses" : null)}
        title={`Flush the cache of stage ${stage.stageName}?`}
        confirmLabel="Flush cache"
        onConfirm={async () => {
          await flush.mutateAsync();
          toast.success("Stage cache flushed", { description: "Requests are answered by the integrations until the cache fills again." });
        }}
      >
        <p>Every cached response of this stage (base and canary) is dropped. Until the cache fills again, each request calls its integration.</p>
      </ActionDialog>
    </Card>
  );
}
