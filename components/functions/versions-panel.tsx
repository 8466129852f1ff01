"use client";
import { Pencil, Plus, Rocket, Trash } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import type { AliasConfiguration } from "@/components/data/function-types";
import { useDeleteFunctionAlias } from "@/components/data/use-delete-function-alias";
import { useFunctionAliases } from "@/components/data/use-function-aliases";
import { useFunctionVersions } from "@/components/data/use-function-versions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { SkeletonRows } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AliasDialog } from "./alias-dialog";
import { PublishVersionDialog } from "./publish-version-dialog";

function TrafficBar({ alias }: { alias: AliasConfiguration }) {
  const extra = Object.entries(alias.RoutingConfig?.AdditionalVersionWeights ?? {})[0];
  const second = extra ? Math.round(extra[1] * 1000) / 10 : 0;
  const first = Math.round((100 - second) * 10) / 10;
  return (
    <div className="flex min-w-40 flex-col gap-1">
      <div className="flex h-2 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div className="bg-primary" style={{ width: `${first}%` }} />
        {extra ? <div className="bg-warning" style={{ width: `${second}%` }} /> : null}
      </div>
      <span className="font-mono text-[11px] text-muted-foreground">
        v{alias.FunctionVersion} {first}%{extra ? ` · v${extra[0]} ${second}%` : ""}
      </span>
    </div>
  );
}

export function VersionsPanel({ name }: { name: string }) {
  const versions = useFunctionVersions(name);
  const aliases = useFunctionAliases(name);
  const delAlias = useDeleteFunctionAlias(name);
  const [publishing, setPublishing] = useState(false);
  const [editing, setEditing] = useState<AliasConfiguration | "new" | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const published = (versions.data ?? []).filter((v) => v.Version !== "$LATEST");

  return (
    <div className="flex flex-col gap-5">
      <Card>
        <CardHeader
          title="Aliases"
          description="A name for a version, used in integration URIs (function:name:alias). An alias can send a share of its traffic to a second version."
          actions={
            <Button variant="outline" size="sm" onClick={() => setEditing("new")} disabled={!versions.data}>
              <Plus /> Create alias
            </Button>
          }
        />
        {aliases.isPending ? (
          <SkeletonRows rows={2} className="p-4" />
        ) : aliases.isError ? (
          <ErrorState error={aliases.error} className="m-4" onRetry={() => aliases.refetch()} />
        ) : aliases.data.length === 0 ? (
          <p className="px-4 py-6 text-sm text-muted-foreground">No aliases yet. Publish a version, then create an alias such as “prod” pointing to it.</p>
        ) : (
          <table className="w-full table-fixed text-sm">
            <THead>
              <TR>
                <TH className="w-[14%]">Name</TH>
                <TH className="w-[26%]">Traffic</TH>
                <TH className="w-[20%]">Description</TH>
                <TH>ARN</TH>
                <TH className="w-20" />
              </TR>
            </THead>
            <TBody>
              {aliases.data.map((a) => (
                <TR key={a.Name} data-testid={`alias-row-${a.Name}`}>
                  <TD className="font-medium">{a.Name}</TD>
                  <TD>
                    <TrafficBar alias={a} />
                  </TD>
                  <TD className="max-w-0 truncate text-muted-foreground">{a.Description || "—"}</TD>
                  <TD className="overflow-hidden">
                    <CopyableText value={a.AliasArn} truncate className="max-w-full" />
                  </TD>
                  <TD className="text-right">
                    <Button variant="ghost" size="icon-sm" aria-label={`Edit alias ${a.Name}`} onClick={() => setEditing(a)}>
                      <Pencil />
                    </Button>
                    <Button variant="ghost" size="icon-sm" aria-label={`Delete alias ${a.Name}`} onClick={() => setDeleting(a.Name)}>
                      <Trash className="text-muted-foreground" />
                    </Button>
                  </TD>
                </TR>
              ))}
            </TBody>
          </table>
        )}
      </Card>

      <Card>
        <CardHeader
          title="Versions"
          description="Immutable snapshots of $LATEST's code and configuration."
          actions={
            <Button variant="outline" size="sm" onClick={() => setPublishing(true)}>
              <Rocket /> Publish version
            </Button>
          }
        />
        {versions.isPending ? (
          <SkeletonRows rows={3} className="p-4" />
        ) : versions.isError ? (
          <ErrorState error={versions.error} className="m-4" onRetry={() => versions.refetch()} />
        ) : published.length === 0 ? (
          <EmptyState className="m-4" icon={<Rocket />} title="No published versions" description="$LATEST changes whenever you save. Publish a version to freeze it, then point an alias at it." />
        ) : null}
        {versions.data ? (
          <table className="w-full text-sm">
            <THead>
              <TR>
                <TH className="w-24">Version</TH>
                <TH>Description</TH>
                <TH>Code SHA-256</TH>
                <TH className="w-40">Published</TH>
              </TR>
            </THead>
            <TBody>
              {[...versions.data].reverse().map((v) => (
                <TR key={v.Version} data-testid={`version-row-${v.Version}`}>
                  <TD>
                    <Badge tone={v.Version === "$LATEST" ? "primary" : "outline"} className="font-mono">
                      {v.Version}
                    </Badge>
                  </TD>
                  <TD className="max-w-0 truncate text-muted-foreground">{v.Description || "—"}</TD>
                  <TD className="font-mono text-xs text-muted-foreground">{v.CodeSha256.slice(0, 16)}…</TD>
                  <TD className="text-muted-foreground">
                    <RelativeTime value={v.LastModified} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </table>
        ) : null}
      </Card>

      <PublishVersionDialog name={name} open={publishing} onOpenChange={setPublishing} />
      {editing ? <AliasDialog fn={name} alias={editing === "new" ? null : editing} versions={(versions.data ?? []).map((v) => v.Version)} open onOpenChange={(o) => !o && setEditing(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={`Delete alias ${deleting}?`}
        description="Integrations that name this alias answer 500 until they point elsewhere."
        onConfirm={async () => {
          await delAlias.mutateAsync(deleting!);
          toast.success(`Deleted alias ${deleting}`);
        }}
      />
    </div>
  );
}
