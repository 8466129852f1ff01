"use client";
import { FolderOpen, Plus, Trash, Zap } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { Resource } from "@/components/data/types";
import { toast } from "sonner";
import { useDeleteResource } from "@/components/data/use-delete-resource";
import { useResources } from "@/components/data/use-resources";
import { integrationSummary } from "@/components/methods/integration-summary";
import { VerbBadge } from "@/components/methods/verb-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyableText } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { PathPart, PathText, pathPartKind } from "./path-text";
import { useResourcesActions } from "./resources-context";
import { sortVerbs } from "./tree";

const KIND_TEXT = {
  static: "Static path part",
  param: "Path parameter: matches one segment",
  proxy: "Greedy path variable: matches the rest of the path",
};

/** The right pane for a selected resource: its methods, children and actions. */
export function ResourceDetails({ apiId, resourceId }: { apiId: string; resourceId: string }) {
  const router = useRouter();
  const resources = useResources(apiId);
  const actions = useResourcesActions();
  const del = useDeleteResource(apiId);
  const [deleting, setDeleting] = useState(false);
  // While a delete is in flight the tree already dropped the resource; keep showing it here.
  const last = useRef<Resource | undefined>(undefined);

  if (resources.isPending) {
    return (
      <div className="flex flex-col gap-4 p-6">
        <Skeleton className="h-7 w-56" />
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (resources.isError) {
    return (
      <div className="p-6">
        <ErrorState error={resources.error} onRetry={() => resources.refetch()} />
      </div>
    );
  }
  const found = resources.data.find((r) => r.id === resourceId);
  if (found) last.current = found;
  const resource = found ?? (del.isPending || deleting ? last.current : undefined);
  if (!resource) {
    return (
      <div className="p-6">
        <EmptyState
          icon={<FolderOpen />}
          title="Resource not found"
          description={`No resource ${resourceId} in this API. It may have been deleted.`}
          action={
            <Button asChild>
              <Link href={`/apis/${apiId}/resources`}>Go to the root resource</Link>
            </Button>
          }
        />
      </div>
    );
  }

  const verbs = sortVerbs(Object.keys(resource.resourceMethods ?? {}));
  const children = resources.data.filter((r) => r.parentId === resource.id);
  const parent = resources.data.find((r) => r.id === resource.parentId);
  const descendants = resources.data.filter((r) => r.path.startsWith(resource.path + "/")).length;
  const isRoot = resource.path === "/";
  const isProxy = pathPartKind(resource.pathPart ?? "") === "proxy";

  return (
    <div className="flex flex-col gap-5 p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Resource</p>
          <h2 className="mt-0.5 break-all text-lg font-semibold" data-testid="resource-path">
            <PathText path={resource.path} />
          </h2>
        </div>
        <div className="flex items-center gap-2">
          <Button onClick={() => actions.createMethod(resource)}>
            <Plus /> Create method
          </Button>
          {!isProxy ? (
            <Button onClick={() => actions.createResource(resource)}>
              <Plus /> Create child resource
            </Button>
          ) : null}
          {!isRoot ? (
            <Button variant="outline" aria-label="Delete resource" onClick={() => setDeleting(true)}>
              <Trash className="text-destructive" /> Delete
            </Button>
          ) : null}
        </div>
      </div>

      <Card className="px-4 py-3">
        <Properties
          items={[
            ["Resource ID", <CopyableText key="id" value={resource.id} />],
            ["Path", <CopyableText key="path" value={resource.path} />],
            ...(resource.pathPart
              ? ([
                  [
                    "Path part",
                    <span key="pp" className="inline-flex items-center gap-2">
                      <PathPart part={resource.pathPart} className="font-mono" />
                      <span className="text-xs text-muted-foreground">
                        {KIND_TEXT[pathPartKind(resource.pathPart)]}
                      </span>
                    </span>,
                  ],
                ] as [React.ReactNode, React.ReactNode][])
              : []),
            ...(parent
              ? ([
                  [
                    "Parent",
                    <Link key="p" href={`/apis/${apiId}/resources/${parent.id}`} className="hover:underline">
                      <PathText path={parent.path} className="text-[13px]" />
                    </Link>,
                  ],
                ] as [React.ReactNode, React.ReactNode][])
              : []),
          ]}
        />
      </Card>

      <Card>
        <CardHeader
          title="Methods"
          description="What this path answers: each method calls an integration."
          actions={
            verbs.length ? (
              <Button size="sm" onClick={() => actions.createMethod(resource)}>
                <Plus /> Method
              </Button>
            ) : null
          }
        />
        {verbs.length === 0 ? (
          <div className="p-4">
            <EmptyState
              icon={<Zap />}
              title="No methods yet"
              description={`Requests to ${resource.path} get 403 Missing Authentication Token until it has a method. Add GET, POST, … or ANY.`}
              action={
                <Button variant="primary" onClick={() => actions.createMethod(resource)}>
                  <Plus /> Create method
                </Button>
              }
              className="py-8"
            />
          </div>
        ) : (
          <div className="p-3">
            <Table>
              <THead>
                <TR>
                  <TH className="w-20">Method</TH>
                  <TH>Integration</TH>
                  <TH className="w-28">Authorization</TH>
                  <TH className="w-28">API key</TH>
                </TR>
              </THead>
              <TBody>
                {verbs.map((v) => {
                  const m = resource.resourceMethods![v];
                  return (
                    <TR
                      key={v}
                      className="cursor-pointer hover:bg-muted/60"
                      onClick={() => router.push(`/apis/${apiId}/resources/${resource.id}/methods/${v}`)}
                    >
                      <TD>
                        <Link href={`/apis/${apiId}/resources/${resource.id}/methods/${v}`} aria-label={`Open ${v} ${resource.path}`}>
                          <VerbBadge verb={v} />
                        </Link>
                      </TD>
                      <TD className="max-w-0 truncate font-mono text-xs" title={integrationSummary(m.methodIntegration)}>
                        {m.methodIntegration ? (
                          integrationSummary(m.methodIntegration)
                        ) : (
                          <Badge tone="warning">Integration not configured</Badge>
                        )}
                      </TD>
                      <TD className="text-xs">{m.authorizationType ?? "NONE"}</TD>
                      <TD className="whitespace-nowrap text-xs">{m.apiKeyRequired ? "Required" : "Not required"}</TD>
                    </TR>
                  );
                })}
              </TBody>
            </Table>
          </div>
        )}
      </Card>

      {!isProxy ? (
        <Card>
          <CardHeader
            title="Child resources"
            actions={
              <Button size="sm" onClick={() => actions.createResource(resource)}>
                <Plus /> Resource
              </Button>
            }
          />
          {children.length === 0 ? (
            <p className="px-4 py-3 text-sm text-muted-foreground">
              None. Add a path below {resource.path}, e.g. <code className="font-mono">{"{id}"}</code> or a greedy{" "}
              <code className="font-mono">{"{proxy+}"}</code>.
            </p>
          ) : (
            <ul className="divide-y divide-border">
              {children.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/apis/${apiId}/resources/${c.id}`}
                    className="flex items-center justify-between gap-3 px-4 py-2 text-sm hover:bg-muted/60"
                  >
                    <PathText path={c.path} className="text-[13px]" />
                    <span className="flex gap-1">
                      {sortVerbs(Object.keys(c.resourceMethods ?? {})).map((v) => (
                        <VerbBadge key={v} verb={v} size="xs" />
                      ))}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}

      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title="Delete resource?"
        description={
          <>
            This deletes <span className="font-mono text-foreground">{resource.path}</span> with its{" "}
            {verbs.length} method{verbs.length === 1 ? "" : "s"}
            {descendants ? ` and ${descendants} resource${descendants === 1 ? "" : "s"} below it` : ""}. Deployed stages
            keep serving it until you deploy again.
          </>
        }
        confirmName={resource.path}
        confirmLabel="Delete resource"
        onConfirm={async () => {
          await del.mutateAsync(resource.id);
          toast.success(`Deleted ${resource.path}`);
          router.push(`/apis/${apiId}/resources/${resource.parentId ?? ""}`);
        }}
      />
    </div>
  );
}
