"use client";
import { useMemo } from "react";
import type { TestInvokeAuthorizerResponse } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

function outcome(status: number): { label: string; tone: "success" | "warning" | "destructive" } {
  if (status === 0) return { label: "Policy returned", tone: "success" };
  if (status === 401) return { label: "401 Unauthorized", tone: "warning" };
  if (status >= 500) return { label: `${status} Authorizer configuration error`, tone: "destructive" };
  return { label: String(status), tone: "warning" };
}

function pretty(json: string | undefined): string {
  if (!json) return "";
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** A TestInvokeAuthorizer answer: outcome, principal, policy, context and the execution log. */
export function AuthorizerTestResult({ r }: { r: TestInvokeAuthorizerResponse }) {
  const o = outcome(r.clientStatus);
  const context = Object.entries(r.authorization ?? {});
  const effects = useMemo(() => {
    try {
      const statements = JSON.parse(r.policy ?? "{}").Statement ?? [];
      return [...new Set((Array.isArray(statements) ? statements : [statements]).map((s: { Effect?: string }) => s.Effect))].join(" + ");
    } catch {
      return "";
    }
  }, [r.policy]);
  return (
    <div className="flex flex-col gap-3" data-testid="authorizer-test-result">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Result</span>
          <Badge tone={o.tone} className="h-6 px-2 text-xs" data-testid="authorizer-test-status">
            {o.label}
          </Badge>
          <span className="font-mono text-xs text-muted-foreground" title="TestInvokeAuthorizer's clientStatus: 0 when the authorizer produced a valid policy">
            clientStatus {r.clientStatus}
          </span>
        </span>
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Latency</span>
          <span className="font-mono text-xs">{r.latency ?? "—"} ms</span>
        </span>
        {effects ? (
          <span className="flex items-center gap-2">
            <span className="text-muted-foreground">Effect</span>
            <span className="text-xs font-medium" data-testid="authorizer-test-effect">
              {effects}
            </span>
          </span>
        ) : null}
      </div>
      {r.clientStatus === 0 ? (
        <>
          <p className="text-sm">
            <span className="text-muted-foreground">Principal </span>
            <code className="font-mono text-xs" data-testid="authorizer-test-principal">
              {r.principalId ?? "(none)"}
            </code>
          </p>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium">Policy</span>
            <pre className="max-h-72 overflow-auto whitespace-pre-wrap break-all rounded-md border border-border bg-subtle p-3 font-mono text-xs" data-testid="authorizer-test-policy">
              {pretty(r.policy)}
            </pre>
            <p className="text-xs text-muted-foreground">
              Not evaluated here: the gateway checks it against each request&apos;s method ARN (an Allow must cover it; any Deny wins).
            </p>
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-xs font-medium">Context</span>
            {context.length ? (
              <Table>
                <THead>
                  <TR>
                    <TH className="w-1/3">Key</TH>
                    <TH>Value ($context.authorizer.key)</TH>
                  </TR>
                </THead>
                <TBody>
                  {context.map(([k, v]) => (
                    <TR key={k}>
                      <TD className="h-8 font-mono text-xs">{k}</TD>
                      <TD className="h-8 font-mono text-xs">{v.join(", ")}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            ) : (
              <p className="text-sm text-muted-foreground">No context.</p>
            )}
          </div>
        </>
      ) : null}
      <div className="flex flex-col gap-1">
        <span className="text-xs font-medium">Execution log</span>
        <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded-md border border-border bg-subtle p-3 font-mono text-[11.5px] leading-relaxed" data-testid="authorizer-test-log">
          {r.log || "No log."}
        </pre>
      </div>
    </div>
  );
}
