"use client";
import { KeyRound, Layers, ListTree, Network, Settings, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isControlApiError } from "@/components/data/control-api";
import { useRestApi } from "@/components/data/use-rest-api";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LinkTabs } from "@/components/ui/tabs";
import { ApiHeader } from "./api-header";

/** An API's frame: the header (name, id, type, Deploy) and its tabs; each tab has its own URL. */
export function ApiLayout({ apiId, children }: { apiId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const api = useRestApi(apiId);
  const base = `/apis/${apiId}`;

  if (api.isError && !api.data) {
    const notFound = isControlApiError(api.error) && api.error.status === 404;
    return (
      <div className="mx-auto max-w-3xl px-6 py-10">
        {notFound ? (
          <EmptyState
            icon={<Network />}
            title="API not found"
            description={
              <>
                There is no API <code className="font-mono">{apiId}</code>. It may have been deleted, or the link is
                wrong.
              </>
            }
            action={
              <Button asChild variant="primary">
                <Link href="/apis">All APIs</Link>
              </Button>
            }
          />
        ) : (
          <ErrorState error={api.error} title="Could not load this API" onRetry={() => api.refetch()} />
        )}
      </div>
    );
  }

  return (
    <div className="flex h-full flex-col">
      <div className="shrink-0 border-b border-border bg-background px-6 pt-4">
        <ApiHeader apiId={apiId} />
        <LinkTabs
          className="mt-3 border-b-0"
          items={[
            {
              href: `${base}/resources`,
              label: "Resources",
              icon: <ListTree />,
              active: pathname.startsWith(`${base}/resources`),
            },
            { href: `${base}/stages`, label: "Stages", icon: <Layers />, active: pathname.startsWith(`${base}/stages`) },
            {
              href: `${base}/authorizers`,
              label: "Authorizers",
              icon: <KeyRound />,
              active: pathname.startsWith(`${base}/authorizers`),
            },
            {
              href: `${base}/gateway-responses`,
              label: "Gateway responses",
              icon: <ShieldAlert />,
              active: pathname.startsWith(`${base}/gateway-responses`),
            },
            { href: `${base}/settings`, label: "Settings", icon: <Settings />, active: pathname.startsWith(`${base}/settings`) },
          ]}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </div>
  );
}
