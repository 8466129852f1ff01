"use client";
import { Search, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useGatewayResponses, type GatewayResponse, type GatewayResponseType } from "@/components/data/use-gateway-responses";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { GatewayResponseEditor } from "./gateway-response-editor";
import { RESPONSE_TYPES, RESPONSE_TYPE_INFO, type ResponseTypeInfo } from "./response-types";
import { StateBadge, stateOf } from "./state";

/**
 * The Gateway responses tab: all of AWS's types with their status and whether they are
 * customized, and the selected type's editor (`/gateway-responses/{TYPE}`).
 */
export function GatewayResponsesView({ apiId, type }: { apiId: string; type?: GatewayResponseType }) {
  const list = useGatewayResponses(apiId);
  const [filter, setFilter] = useState("");
  const base = `/apis/${apiId}/gateway-responses`;
  const all = list.data ?? [];
  const byType = new Map(all.map((r) => [r.responseType, r]));
  const q = filter.trim().toLowerCase();
  const types = RESPONSE_TYPES.filter(
    (t) => !q || t.type.toLowerCase().includes(q.replace(/\s+/g, "_")) || t.label.toLowerCase().includes(q) || (byType.get(t.type)?.statusCode ?? "").includes(q),
  );
  const customized = all.filter((r) => !r.defaultResponse).length;

  if (list.isError && !list.data) {
    return (
      <div className="p-6">
        <ErrorState error={list.error} title="Could not load the gateway responses" onRetry={() => list.refetch()} />
      </div>
    );
  }

  return (
    <div className="grid grid-cols-[21rem_minmax(0,1fr)] items-start gap-5 p-6">
      <section aria-label="Gateway response types" className="sticky top-0 flex max-h-[calc(100vh-13rem)] min-h-0 flex-col gap-2">
        <div className="flex flex-col gap-0.5">
          <h2 className="text-base font-semibold">Gateway responses</h2>
          <p className="text-xs text-muted-foreground">
            What the gateway answers when a request fails before or around the integration.{" "}
            {list.data ? (customized ? `${customized} customized.` : "None customized.") : null}
          </p>
        </div>
        <div className="relative">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter by type or status" aria-label="Filter gateway response types" className="pl-8" />
        </div>
        <nav aria-label="Gateway response types list" className="min-h-0 overflow-y-auto rounded-lg border border-border bg-card">
          {list.isLoading
            ? Array.from({ length: 8 }, (_, i) => (
                <div key={i} className="border-b border-border px-3 py-2.5 last:border-b-0">
                  <Skeleton className="h-4 w-48" />
                </div>
              ))
            : types.map((t) => <TypeRow key={t.type} info={t} response={byType.get(t.type)} all={all} href={`${base}/${t.type}`} active={t.type === type} />)}
          {list.data && types.length === 0 ? <p className="px-3 py-4 text-sm text-muted-foreground">No type matches “{filter}”.</p> : null}
        </nav>
      </section>

      <div className="min-w-0">
        {type ? (
          list.data ? (
            <GatewayResponseEditor
              key={`${type}:${JSON.stringify(byType.get(type) ?? null)}`}
              apiId={apiId}
              info={RESPONSE_TYPE_INFO[type]}
              response={byType.get(type)}
              state={stateOf(byType.get(type), all)}
            />
          ) : (
            <div className="flex flex-col gap-3">
              <Skeleton className="h-7 w-72" />
              <Skeleton className="h-40 w-full" />
            </div>
          )
        ) : (
          <EmptyState
            icon={<ShieldAlert />}
            title="Pick a response type"
            description={
              <>
                Each type has a status code, headers and body templates. Customize one (for example{" "}
                <Link className="text-primary hover:underline" href={`${base}/MISSING_AUTHENTICATION_TOKEN`}>
                  Missing authentication token
                </Link>
                , what unknown paths get) or DEFAULT_4XX to change all 4XX answers at once, e.g. to add CORS headers. Changes take
                effect when you deploy.
              </>
            }
          />
        )}
      </div>
    </div>
  );
}

function TypeRow({
  info,
  response,
  all,
  href,
  active,
}: {
  info: ResponseTypeInfo;
  response: GatewayResponse | undefined;
  all: GatewayResponse[];
  href: string;
  active: boolean;
}) {
  const state = stateOf(response, all);
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: "nearest" });
  }, [active]);
  return (
    <Link
      ref={ref}
      href={href}
      scroll={false}
      aria-current={active ? "page" : undefined}
      data-testid={`gateway-response-row-${info.type}`}
      className={cn(
        "flex items-center justify-between gap-2 border-b border-border px-3 py-2 transition-colors last:border-b-0",
        active ? "bg-accent/70" : "hover:bg-muted/60",
      )}
    >
      <span className="flex min-w-0 flex-col">
        <span className={cn("truncate text-sm", active && "font-medium")}>{info.label}</span>
        <span className="truncate font-mono text-[10.5px] text-muted-foreground">{info.type}</span>
      </span>
      <span className="flex shrink-0 items-center gap-1.5">
        {state !== "default" ? <StateBadge state={state} family={info.family} /> : null}
        <span className="w-8 text-right font-mono text-xs tabular-nums" data-testid={`gateway-response-status-${info.type}`}>
          {response?.statusCode ?? "—"}
        </span>
      </span>
    </Link>
  );
}
