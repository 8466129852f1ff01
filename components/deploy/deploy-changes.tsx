"use client";
import Link from "next/link";
import { useDeploymentDiff } from "@/components/data/use-deployment-diff";
import type { FieldChange } from "@/components/data/stage-types";
import type { Stage } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Skeleton } from "@/components/ui/skeleton";
import { diffSummaryText } from "@/components/stages/deployment-diff-view";

const KIND = {
  added: { label: "added", className: "text-success" },
  removed: { label: "removed", className: "text-destructive" },
  changed: { label: "changed", className: "text-warning" },
};

/** "integration.requestTemplates["application/json"]" → "integration request template application/json". */
function fieldLabel(c: FieldChange): string {
  return c.field
    .replace(/\["([^"]+)"\]/g, " $1")
    .replace(/^integration\.integrationResponses/, "integration response")
    .replace(/^methodResponses/, "method response")
    .replace(/\.?requestTemplates/, " request template")
    .replace(/\.?responseTemplates/, " response template")
    .replace(/\.?requestParameters/, " request parameter")
    .replace(/\.?responseParameters/, " response parameter")
    .replace(/^integration\./, "integration ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Row {
  kind: keyof typeof KIND;
  path: string;
  verb?: string;
  detail?: string;
}

/**
 * What this deployment will change compared with the stage's current deployment: resources and
 * methods added or removed, and for changed methods which parts (integration, templates,
 * responses), from the console's deployment diff against the current API.
 */
export function DeployChanges({ apiId, stage }: { apiId: string; stage: Stage }) {
  const diff = useDeploymentDiff(apiId, stage.deploymentId, "current");
  if (diff.isPending) return <Skeleton className="h-14 w-full" />;
  if (diff.isError || !diff.data) return null;
  const d = diff.data.diff;
  const unsorted: Row[] = [
    ...d.resources.added.map((r) => ({ kind: "added" as const, path: r.path, detail: "resource" })),
    ...d.resources.removed.map((r) => ({ kind: "removed" as const, path: r.path, detail: "resource" })),
    ...d.methods.added.map((m) => ({ kind: "added" as const, path: m.path, verb: m.httpMethod })),
    ...d.methods.removed.map((m) => ({ kind: "removed" as const, path: m.path, verb: m.httpMethod })),
    ...d.methods.changed.map((m) => {
      const fields = [...new Set(m.changes.map(fieldLabel))];
      return {
        kind: "changed" as const,
        path: m.path,
        verb: m.httpMethod,
        detail: fields.slice(0, 3).join(", ") + (fields.length > 3 ? ` and ${fields.length - 3} more` : ""),
      };
    }),
  ];
  const rows = unsorted.sort((a, b) => a.path.localeCompare(b.path) || (a.verb ?? "").localeCompare(b.verb ?? ""));
  const others = [
    d.summary.modelsChanged ? `${d.summary.modelsChanged} model${d.summary.modelsChanged === 1 ? "" : "s"}` : "",
    d.summary.authorizersChanged ? `${d.summary.authorizersChanged} authorizer${d.summary.authorizersChanged === 1 ? "" : "s"}` : "",
    d.summary.gatewayResponsesChanged ? `${d.summary.gatewayResponsesChanged} gateway response${d.summary.gatewayResponsesChanged === 1 ? "" : "s"}` : "",
    d.summary.binaryMediaTypesChanged ? "binary media types" : "",
    d.summary.apiSettingsChanged ? "API settings" : "",
  ].filter(Boolean);

  return (
    <div className="rounded-md border border-border bg-subtle px-3 py-2 text-sm" data-testid="deploy-changes">
      <div className="flex items-baseline justify-between gap-2">
        <p className="text-xs font-medium text-muted-foreground">
          Since {stage.stageName}&apos;s current deployment <code className="font-mono">{stage.deploymentId}</code>
        </p>
        {!d.identical ? (
          <Link
            className="shrink-0 text-xs text-primary hover:underline"
            href={`/apis/${apiId}/stages/${encodeURIComponent(stage.stageName)}?view=deployments&from=${stage.deploymentId}&to=current`}
          >
            Full diff
          </Link>
        ) : null}
      </div>
      {d.identical ? (
        <p className="mt-1 text-muted-foreground">No changes: this deploys the same API again.</p>
      ) : (
        <>
          <p className="mt-0.5 text-xs" data-testid="deploy-changes-summary">
            {diffSummaryText(d)}
          </p>
          {rows.length ? (
            <ul className="mt-1.5 flex max-h-36 flex-col gap-1 overflow-y-auto">
              {rows.map((c, i) => (
                <li key={i} className="flex min-w-0 items-center gap-2" data-testid="deploy-change">
                  <span className={`w-14 shrink-0 text-xs font-medium ${KIND[c.kind].className}`}>{KIND[c.kind].label}</span>
                  {c.verb ? <VerbBadge verb={c.verb} size="xs" /> : null}
                  <PathText path={c.path} className="shrink-0 text-xs" />
                  {c.detail ? <span className="min-w-0 truncate text-xs text-muted-foreground" title={c.detail}>{c.detail}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {others.length ? <p className="mt-1 text-xs text-muted-foreground">Also changed: {others.join(", ")}.</p> : null}
        </>
      )}
    </div>
  );
}
