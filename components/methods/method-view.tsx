"use client";
import { Braces, FlaskConical, Trash } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { isControlApiError } from "@/components/data/control-api";
import { useDeleteMethod } from "@/components/data/use-delete-method";
import { useMethod } from "@/components/data/use-method";
import { useResources } from "@/components/data/use-resources";
import type { Method } from "@/components/data/types";
import { PathText } from "@/components/resources/path-text";
import { TestPanel } from "@/components/test-invoke/test-panel";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { IntegrationEditor } from "./integration-editor";
import { IntegrationResponsesPanel } from "./integration-responses-panel";
import { useAuthorizers } from "@/components/data/use-authorizers";
import { MethodFlow } from "./method-flow";
import { MethodRequestPanel } from "./method-request-panel";
import { MethodResponsesPanel } from "./method-responses-panel";
import { PANEL_TITLES, isPanel, type Panel } from "./panels";
import { PlaygroundPanel } from "./playground-panel";
import { VerbBadge } from "./verb-badge";

/** The method page: the flow of boxes, the selected part's editor below, and Test one click away. */
export function MethodView({ apiId, resourceId, verb }: { apiId: string; resourceId: string; verb: string }) {
  const router = useRouter();
  const search = useSearchParams();
  const resources = useResources(apiId);
  const method = useMethod(apiId, resourceId, verb);
  const authorizers = useAuthorizers(apiId);
  const del = useDeleteMethod(apiId);
  const [deleting, setDeleting] = useState(false);
  const last = useRef<Method | undefined>(undefined);

  const resource = resources.data?.find((r) => r.id === resourceId);
  const baseHref = `/apis/${apiId}/resources/${resourceId}/methods/${verb}`;
  if (method.data) last.current = method.data;
  const m = method.data ?? (del.isPending ? last.current : undefined);

  const requested = search.get("panel");
  const panel: Panel = isPanel(requested) ? requested : m?.methodIntegration ? "test" : "integration-request";

  if (!m) {
    if (method.isError) {
      const notFound = isControlApiError(method.error) && method.error.status === 404;
      return (
        <div className="p-6">
          {notFound ? (
            <EmptyState
              title={`No ${verb} method here`}
              description={`${resource?.path ?? "This resource"} has no ${verb} method. It may have been deleted.`}
              action={
                <Button asChild>
                  <Link href={`/apis/${apiId}/resources/${resourceId}`}>Back to the resource</Link>
                </Button>
              }
            />
          ) : (
            <ErrorState error={method.error} title="Could not load this method" onRetry={() => method.refetch()} />
          )}
        </div>
      );
    }
    return (
      <div className="flex flex-col gap-4 p-6">
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-44 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }

  const path = resource?.path ?? "";
  return (
    <div className="flex flex-col gap-5 p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">Method</p>
          <h2 className="mt-0.5 flex min-w-0 items-center gap-2 text-lg font-semibold" data-testid="method-title">
            <VerbBadge verb={verb} size="md" />
            <PathText path={path} className="break-all" />
            <CopyButton value={`${verb} ${path}`} label="Copy method and path" />
          </h2>
        </div>
        <div className="flex items-center gap-2">
          <Button
            variant={panel === "playground" ? "primary" : "outline"}
            onClick={() => router.push(`${baseHref}?panel=playground`, { scroll: false })}
            data-testid="open-playground"
          >
            <Braces /> Playground
          </Button>
          <Button
            variant={panel === "test" ? "primary" : "outline"}
            onClick={() => router.push(`${baseHref}?panel=test`, { scroll: false })}
            data-testid="open-test"
          >
            <FlaskConical /> Test
          </Button>
          <Button variant="outline" aria-label="Delete method" onClick={() => setDeleting(true)}>
            <Trash className="text-destructive" /> Delete
          </Button>
        </div>
      </div>

      <MethodFlow method={m} panel={panel} baseHref={baseHref} authorizerName={authorizers.data?.find((a) => a.id === m.authorizerId)?.name} />

      <section aria-label={PANEL_TITLES[panel]} className="flex flex-col gap-3">
        <h3 className="text-base font-semibold">{PANEL_TITLES[panel]}</h3>
        {panel === "method-request" ? (
          <MethodRequestPanel apiId={apiId} resourceId={resourceId} verb={verb} method={m} resourcePath={path} />
        ) : panel === "integration-request" ? (
          <IntegrationEditor apiId={apiId} resource={resource} verb={verb} method={m} />
        ) : panel === "integration-response" ? (
          <IntegrationResponsesPanel apiId={apiId} resourceId={resourceId} verb={verb} method={m} baseHref={baseHref} resourcePath={path} />
        ) : panel === "method-response" ? (
          <MethodResponsesPanel apiId={apiId} resourceId={resourceId} verb={verb} method={m} baseHref={baseHref} />
        ) : panel === "playground" ? (
          <PlaygroundPanel apiId={apiId} resourceId={resourceId} verb={verb} method={m} resourcePath={path} />
        ) : (
          <TestPanel apiId={apiId} resourceId={resourceId} verb={verb} path={path} method={m} baseHref={baseHref} />
        )}
      </section>

      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete ${verb} ${path}?`}
        description="This deletes the method with its integration and responses. Deployed stages keep serving it until you deploy again."
        confirmLabel="Delete method"
        onConfirm={async () => {
          await del.mutateAsync({ resourceId, verb });
          toast.success(`Deleted ${verb} ${path}`);
          router.push(`/apis/${apiId}/resources/${resourceId}`);
        }}
      />
    </div>
  );
}
