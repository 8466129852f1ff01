"use client";
import { KeyRound, Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useAuthorizers } from "@/components/data/use-authorizers";
import type { Authorizer } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { AuthorizerEditor } from "./authorizer-editor";
import { DEFAULT_TTL } from "./authorizer-form-state";
import { functionLabel, TYPE_LABELS } from "./authorizer-labels";
import { AuthorizerTestPanel } from "./authorizer-test-panel";
import { CreateAuthorizerDialog } from "./create-authorizer-dialog";

function Row({ a, href, active }: { a: Authorizer; href: string; active: boolean }) {
  const ttl = a.type === "COGNITO_USER_POOLS" ? null : (a.authorizerResultTtlInSeconds ?? DEFAULT_TTL);
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={active ? "page" : undefined}
      data-testid={`authorizer-row-${a.name}`}
      className={cn("flex flex-col gap-0.5 border-b border-border px-3 py-2 transition-colors last:border-b-0", active ? "bg-accent/70" : "hover:bg-muted/60")}
    >
      <span className={cn("truncate text-sm", active && "font-medium")}>{a.name}</span>
      <span className="flex items-center justify-between gap-2 text-[11px] text-muted-foreground">
        <span className="truncate">
          {TYPE_LABELS[a.type]}
          {a.type !== "COGNITO_USER_POOLS" ? <span className="font-mono"> · {functionLabel(a.authorizerUri)}</span> : null}
        </span>
        <span className="shrink-0 font-mono">{ttl === null ? "" : ttl ? `cache ${ttl}s` : "no cache"}</span>
      </span>
    </Link>
  );
}

/** The Authorizers tab: the API's authorizers, and the selected one's settings and Test panel (`/authorizers/{id}`). */
export function AuthorizersView({ apiId, authorizerId }: { apiId: string; authorizerId?: string }) {
  const list = useAuthorizers(apiId);
  const [creating, setCreating] = useState(false);
  const base = `/apis/${apiId}/authorizers`;
  const selected = list.data?.find((a) => a.id === authorizerId);

  if (list.isError && !list.data) {
    return (
      <div className="p-6">
        <ErrorState error={list.error} title="Could not load the authorizers" onRetry={() => list.refetch()} />
      </div>
    );
  }

  const create = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      <Plus /> Create authorizer
    </Button>
  );

  return (
    <div className="grid grid-cols-[19rem_minmax(0,1fr)] items-start gap-5 p-6">
      <section aria-label="Authorizers" className="sticky top-0 flex flex-col gap-2">
        <div className="flex items-start justify-between gap-2">
          <div className="flex min-w-0 flex-col gap-0.5">
            <h2 className="text-base font-semibold">Authorizers</h2>
            <p className="text-xs text-muted-foreground">Lambda functions that allow or deny calls to methods.</p>
          </div>
        </div>
        <nav aria-label="Authorizers list" className="min-h-0 overflow-y-auto rounded-lg border border-border bg-card">
          {list.isLoading ? (
            Array.from({ length: 3 }, (_, i) => (
              <div key={i} className="border-b border-border px-3 py-2.5 last:border-b-0">
                <Skeleton className="h-4 w-40" />
              </div>
            ))
          ) : list.data?.length ? (
            list.data.map((a) => <Row key={a.id} a={a} href={`${base}/${a.id}`} active={a.id === authorizerId} />)
          ) : (
            <p className="px-3 py-4 text-sm text-muted-foreground">None yet.</p>
          )}
        </nav>
        <div>{create}</div>
      </section>

      <div className="flex min-w-0 flex-col gap-5">
        {authorizerId ? (
          selected ? (
            <>
              <AuthorizerEditor key={JSON.stringify(selected)} apiId={apiId} authorizer={selected} />
              <AuthorizerTestPanel key={`test:${JSON.stringify(selected)}`} apiId={apiId} authorizer={selected} />
            </>
          ) : list.data ? (
            <EmptyState
              icon={<KeyRound />}
              title="Authorizer not found"
              description={
                <>
                  There is no authorizer <code className="font-mono">{authorizerId}</code> in this API. It may have been deleted.
                </>
              }
              action={
                <Button asChild variant="outline">
                  <Link href={base}>All authorizers</Link>
                </Button>
              }
            />
          ) : (
            <div className="flex flex-col gap-3">
              <Skeleton className="h-7 w-72" />
              <Skeleton className="h-64 w-full" />
            </div>
          )
        ) : (
          <EmptyState
            icon={<KeyRound />}
            title={list.data?.length ? "Pick an authorizer" : "No authorizers yet"}
            description="A Lambda authorizer receives a token (TOKEN) or the request's parameters (REQUEST) and returns an IAM policy that allows or denies the call. Results can be cached per identity for up to an hour. Attach one to a method under Method request → Authorization."
            action={list.data?.length ? undefined : create}
          />
        )}
      </div>
      <CreateAuthorizerDialog apiId={apiId} open={creating} onOpenChange={setCreating} />
    </div>
  );
}
