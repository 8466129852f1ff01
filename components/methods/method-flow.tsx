"use client";
import { ArrowLeft, ArrowRight, Monitor } from "lucide-react";
import Link from "next/link";
import type { Method } from "@/components/data/types";
import { cn } from "@/components/ui/cn";
import { INTEGRATION_LABELS } from "./integration-summary";
import type { Panel } from "./panels";

function Box({
  href,
  title,
  active,
  configured,
  children,
  action,
  testId,
  className,
}: {
  href: string;
  title: string;
  active: boolean;
  configured: boolean;
  children: React.ReactNode;
  action?: string;
  testId: string;
  className?: string;
}) {
  return (
    <Link
      href={href}
      scroll={false}
      data-testid={testId}
      aria-current={active ? "true" : undefined}
      className={cn(
        "group flex min-w-0 flex-col gap-1 rounded-lg border bg-card px-3 py-2.5 text-left transition-colors",
        active
          ? "border-primary ring-2 ring-primary/25"
          : configured
            ? "border-border hover:border-primary/50"
            : "border-dashed border-warning/60 hover:border-warning",
        className,
      )}
    >
      <span className="flex items-center justify-between gap-2">
        <span className="text-[13px] font-semibold">{title}</span>
        {!configured ? <span className="size-1.5 shrink-0 rounded-full bg-warning" aria-hidden /> : null}
      </span>
      <span className="flex min-w-0 flex-col gap-0.5 text-xs text-muted-foreground">{children}</span>
      {action ? (
        <span className="mt-0.5 text-xs font-medium text-primary group-hover:underline">{action} →</span>
      ) : null}
    </Link>
  );
}

function Line({ k, v }: { k: string; v: React.ReactNode }) {
  return (
    <span className="flex min-w-0 gap-1">
      <span className="shrink-0">{k}</span>
      <span className="min-w-0 truncate text-foreground/80">{v}</span>
    </span>
  );
}

function Arrow({ dir }: { dir: "right" | "left" }) {
  const Icon = dir === "right" ? ArrowRight : ArrowLeft;
  return (
    <div className="flex items-center justify-center text-muted-foreground/60" aria-hidden>
      <Icon className="size-4" />
    </div>
  );
}

/**
 * AWS's method flow as connected boxes: Method request → Integration request → (integration)
 * → Integration response → Method response. Each box summarizes its part and opens its editor.
 */
export function MethodFlow({
  method,
  panel,
  baseHref,
  authorizerName,
}: {
  method: Method;
  panel: Panel | null;
  baseHref: string;
  /** The name of the method's authorizer (CUSTOM / COGNITO_USER_POOLS), when known. */
  authorizerName?: string;
}) {
  const integ = method.methodIntegration;
  const isProxy = integ?.type === "HTTP_PROXY" || integ?.type === "AWS_PROXY";
  const params = Object.keys(method.requestParameters ?? {});
  const irs = Object.values(integ?.integrationResponses ?? {});
  const mrs = Object.keys(method.methodResponses ?? {}).sort();
  const href = (p: Panel) => `${baseHref}?panel=${p}`;
  const reqTemplates = Object.keys(integ?.requestTemplates ?? {});

  let host = "";
  try {
    if (integ?.uri && /^https?:/.test(integ.uri)) host = new URL(integ.uri.replace(/[{}]/g, "")).host;
  } catch {}

  return (
    <div
      className="grid grid-cols-[3.25rem_1.25rem_minmax(0,1fr)_1.25rem_minmax(0,1fr)_1.25rem_minmax(8rem,0.8fr)] grid-rows-[auto_auto] gap-y-3"
      aria-label="Method flow"
      role="group"
    >
      {/* Request row */}
      <div className="flex flex-col items-center justify-center gap-1 text-[11px] text-muted-foreground">
        <Monitor className="size-4" /> Client
      </div>
      <Arrow dir="right" />
      <Box
        href={href("method-request")}
        title="Method request"
        active={panel === "method-request"}
        configured
        testId="flow-method-request"
      >
        <Line k="Auth:" v={authorizerName ? `${method.authorizationType} · ${authorizerName}` : (method.authorizationType ?? "NONE")} />
        <Line k="API key:" v={method.apiKeyRequired ? "Required" : "Not required"} />
        <Line k="Parameters:" v={params.length ? params.map((p) => p.split(".").pop()).join(", ") : "None"} />
      </Box>
      <Arrow dir="right" />
      <Box
        href={href("integration-request")}
        title="Integration request"
        active={panel === "integration-request"}
        configured={!!integ}
        action={integ ? undefined : "Set up integration"}
        testId="flow-integration-request"
      >
        {integ ? (
          <>
            <Line
              k="Type:"
              v={`${INTEGRATION_LABELS[integ.type] ?? integ.type}${
                Object.keys(integ.requestParameters ?? {}).length
                  ? ` · ${Object.keys(integ.requestParameters ?? {}).length} mapping${Object.keys(integ.requestParameters ?? {}).length === 1 ? "" : "s"}`
                  : ""
              }`}
            />
            {integ.type === "MOCK" || integ.type === "HTTP" || integ.type === "AWS" ? (
              <Line k="Templates:" v={reqTemplates.length ? reqTemplates.join(", ") : "None"} />
            ) : (
              <Line k="Request:" v="Passed through" />
            )}
            <Line k="Timeout:" v={`${integ.timeoutInMillis ?? 29000} ms`} />
          </>
        ) : (
          <span>Not configured: requests to this method fail until it calls something.</span>
        )}
      </Box>
      <Arrow dir="right" />
      <Box
        href={href("integration-request")}
        title="Integration"
        active={false}
        configured={!!integ}
        testId="flow-integration"
        className="row-span-2 justify-center bg-subtle"
      >
        {integ ? (
          <>
            <span className="text-sm font-semibold text-foreground">{INTEGRATION_LABELS[integ.type] ?? integ.type}</span>
            {integ.type === "MOCK" ? <span>Answers from templates, no backend</span> : null}
            {integ.httpMethod && integ.type !== "MOCK" ? <Line k="Method:" v={integ.httpMethod} /> : null}
            {host ? <Line k="Host:" v={host} /> : null}
            {integ.uri ? (
              <span className="truncate font-mono text-[11px]" title={integ.uri}>
                {integ.uri}
              </span>
            ) : null}
          </>
        ) : (
          <span>None</span>
        )}
      </Box>

      {/* Response row */}
      <div className="flex flex-col items-center justify-center gap-1 text-[11px] text-muted-foreground">
        <Monitor className="size-4" /> Client
      </div>
      <Arrow dir="left" />
      <Box
        href={href("method-response")}
        title="Method response"
        active={panel === "method-response"}
        configured={mrs.length > 0 || isProxy}
        action={mrs.length || isProxy ? undefined : "Add a response"}
        testId="flow-method-response"
      >
        {mrs.length ? (
          <Line k="Status:" v={mrs.join(", ")} />
        ) : isProxy ? (
          <span>Backend response passed through</span>
        ) : (
          <span>No method responses declared</span>
        )}
        {mrs.length ? (
          <Line
            k="Models:"
            v={
              [...new Set(mrs.flatMap((s) => Object.keys(method.methodResponses?.[s]?.responseModels ?? {})))].join(
                ", ",
              ) || "None"
            }
          />
        ) : null}
      </Box>
      <Arrow dir="left" />
      <Box
        href={href("integration-response")}
        title="Integration response"
        active={panel === "integration-response"}
        configured={!integ ? false : isProxy || irs.length > 0}
        action={integ && !isProxy && irs.length === 0 ? "Add a response" : undefined}
        testId="flow-integration-response"
      >
        {!integ ? (
          <span>Set up the integration first</span>
        ) : isProxy ? (
          <span>Proxy: the backend&apos;s response is returned as is</span>
        ) : irs.length ? (
          irs
            .sort((a, b) => a.statusCode.localeCompare(b.statusCode))
            .slice(0, 3)
            .map((r) => (
              <Line
                key={r.statusCode}
                k={`${r.statusCode}:`}
                v={r.selectionPattern ? `/${r.selectionPattern}/` : "default"}
              />
            ))
        ) : (
          <span>No integration responses: the method returns an error</span>
        )}
      </Box>
      <Arrow dir="left" />
    </div>
  );
}
