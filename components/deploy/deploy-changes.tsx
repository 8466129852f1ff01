"use client";
import { useDeployment } from "@/components/data/use-deployment";
import { useResources } from "@/components/data/use-resources";
import type { Stage } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Skeleton } from "@/components/ui/skeleton";

type Summary = Record<string, Record<string, { authorizationType?: string; apiKeyRequired?: boolean }>>;

interface Change {
  kind: "added" | "removed" | "changed";
  path: string;
  verb: string;
}

export function diffSummary(before: Summary, after: Summary): Change[] {
  const out: Change[] = [];
  for (const [path, verbs] of Object.entries(after)) {
    for (const [verb, m] of Object.entries(verbs)) {
      const old = before[path]?.[verb];
      if (!old) out.push({ kind: "added", path, verb });
      else if ((old.authorizationType ?? "NONE") !== (m.authorizationType ?? "NONE") || !!old.apiKeyRequired !== !!m.apiKeyRequired)
        out.push({ kind: "changed", path, verb });
    }
  }
  for (const [path, verbs] of Object.entries(before)) {
    for (const verb of Object.keys(verbs)) if (!after[path]?.[verb]) out.push({ kind: "removed", path, verb });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.verb.localeCompare(b.verb));
}

const KIND = {
  added: { label: "added", className: "text-success" },
  removed: { label: "removed", className: "text-destructive" },
  changed: { label: "changed", className: "text-warning" },
};

/**
 * Methods added, removed or changed since the stage's current deployment (from the deployment's
 * API summary). Shows nothing when the server sends no summary.
 */
export function DeployChanges({ apiId, stage }: { apiId: string; stage: Stage }) {
  const deployment = useDeployment(apiId, stage.deploymentId);
  const resources = useResources(apiId);
  if (deployment.isPending || resources.isPending) return <Skeleton className="h-10 w-full" />;
  const before = deployment.data?.apiSummary as Summary | undefined;
  if (!before || !resources.data) return null;
  const after: Summary = {};
  for (const r of resources.data) {
    for (const [verb, m] of Object.entries(r.resourceMethods ?? {})) {
      (after[r.path] ??= {})[verb] = { authorizationType: m.authorizationType, apiKeyRequired: m.apiKeyRequired };
    }
  }
  const changes = diffSummary(before, after);
  return (
    <div className="rounded-md border border-border bg-subtle px-3 py-2 text-sm" data-testid="deploy-changes">
      <p className="text-xs font-medium text-muted-foreground">
        Since {stage.stageName}&apos;s current deployment <code className="font-mono">{stage.deploymentId}</code>
      </p>
      {changes.length === 0 ? (
        <p className="mt-1 text-muted-foreground">No methods added, removed or re-secured (integration edits are not listed).</p>
      ) : (
        <ul className="mt-1 flex max-h-32 flex-col gap-1 overflow-y-auto">
          {changes.map((c) => (
            <li key={`${c.path} ${c.verb}`} className="flex items-center gap-2">
              <span className={`w-16 text-xs font-medium ${KIND[c.kind].className}`}>{KIND[c.kind].label}</span>
              <VerbBadge verb={c.verb} size="xs" />
              <PathText path={c.path} className="text-xs" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
