"use client";
import { ListTree, Plus } from "lucide-react";
import { useParams } from "next/navigation";
import { useMemo, useState } from "react";
import { useResources } from "@/components/data/use-resources";
import { CreateMethodDialog } from "@/components/methods/create-method-dialog";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Tooltip } from "@/components/ui/tooltip";
import { CreateResourceDialog } from "./create-resource-dialog";
import { ResourceTree } from "./resource-tree";
import { ResourcesActions } from "./resources-context";
import { buildTree } from "./tree";
import type { Resource } from "@/components/data/types";

/** Resources tab: the tree on the left, the selected resource or method on the right. */
export function ResourcesLayout({ apiId, children }: { apiId: string; children: React.ReactNode }) {
  const params = useParams<{ resourceId?: string; verb?: string }>();
  const resources = useResources(apiId);
  const tree = useMemo(() => (resources.data ? buildTree(resources.data) : null), [resources.data]);
  const [creatingResource, setCreatingResource] = useState(false);
  const [creatingMethod, setCreatingMethod] = useState(false);
  // A target picked from the right pane overrides the tree's selection.
  const [target, setTarget] = useState<Resource | null>(null);

  const selected = resources.data?.find((r) => r.id === params.resourceId) ?? tree?.resource;
  const actions = useMemo(
    () => ({
      createResource: (parent: Resource) => {
        setTarget(parent);
        setCreatingResource(true);
      },
      createMethod: (resource: Resource) => {
        setTarget(resource);
        setCreatingMethod(true);
      },
    }),
    [],
  );
  // A greedy {proxy+} resource cannot have children: new resources go next to it instead.
  const base = target ?? selected;
  const createParent = base?.pathPart?.endsWith("+}")
    ? resources.data?.find((r) => r.id === base.parentId) ?? base
    : base;
  const methodTarget = base;

  return (
    <div className="flex h-full min-h-0">
      <aside className="flex w-72 shrink-0 flex-col border-r border-border bg-subtle" aria-label="Resource tree">
        <div className="flex items-center gap-1.5 border-b border-border px-3 py-2">
          <ListTree className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <Tooltip content={createParent ? `Create a resource under ${createParent.path}` : "Create resource"}>
            <Button
              size="sm"
              variant="outline"
              className="flex-1"
              onClick={() => {
                setTarget(null);
                setCreatingResource(true);
              }}
              disabled={!createParent}
            >
              <Plus /> Resource
            </Button>
          </Tooltip>
          <Tooltip content={selected ? `Create a method on ${selected.path}` : "Create method"}>
            <Button
              size="sm"
              variant="outline"
              className="flex-1"
              onClick={() => {
                setTarget(null);
                setCreatingMethod(true);
              }}
              disabled={!selected}
            >
              <Plus /> Method
            </Button>
          </Tooltip>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto p-2">
          {resources.isPending ? (
            <div className="flex flex-col gap-2 p-1">
              <Skeleton className="h-5 w-16" />
              <Skeleton className="ml-4 h-5 w-32" />
              <Skeleton className="ml-8 h-5 w-40" />
              <Skeleton className="ml-4 h-5 w-28" />
            </div>
          ) : resources.isError ? (
            <ErrorState error={resources.error} title="Could not load resources" onRetry={() => resources.refetch()} />
          ) : tree ? (
            <ResourceTree
              root={tree}
              apiId={apiId}
              selectedResourceId={params.resourceId}
              selectedVerb={params.verb?.toUpperCase()}
            />
          ) : (
            <p className="p-2 text-sm text-muted-foreground">This API has no root resource.</p>
          )}
        </div>
      </aside>
      <section className="min-w-0 flex-1 overflow-y-auto" aria-label="Selection">
        <ResourcesActions.Provider value={actions}>{children}</ResourcesActions.Provider>
      </section>
      {createParent && methodTarget && resources.data ? (
        <>
          <CreateResourceDialog
            apiId={apiId}
            resources={resources.data}
            parent={createParent}
            open={creatingResource}
            onOpenChange={(o) => {
              setCreatingResource(o);
              if (!o) setTarget(null);
            }}
          />
          <CreateMethodDialog
            apiId={apiId}
            resource={methodTarget}
            open={creatingMethod}
            onOpenChange={(o) => {
              setCreatingMethod(o);
              if (!o) setTarget(null);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
