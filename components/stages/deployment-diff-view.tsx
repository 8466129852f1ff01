"use client";
import { ChevronRight, Equal } from "lucide-react";
import type { CollectionDiff, FieldChange, SnapshotDiff } from "@/components/data/stage-types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const KIND = {
  added: { sign: "+", label: "added", tone: "success", text: "text-success" },
  removed: { sign: "−", label: "removed", tone: "destructive", text: "text-destructive" },
  changed: { sign: "~", label: "changed", tone: "warning", text: "text-warning" },
} as const;

/** Unified diff lines with +/− colouring and hunk headers. */
export function UnifiedDiff({ lines, className }: { lines: string[]; className?: string }) {
  return (
    <pre
      className={cn("max-h-96 overflow-auto rounded-md border border-border bg-subtle py-1 font-mono text-xs leading-5", className)}
      data-testid="unified-diff"
    >
      {lines.map((l, i) => {
        const k = l.startsWith("@@") ? "hunk" : l[0] === "+" ? "add" : l[0] === "-" ? "del" : "ctx";
        return (
          <div
            key={i}
            data-diff={k}
            className={cn(
              "whitespace-pre px-3",
              k === "hunk" && "bg-accent/60 text-accent-foreground",
              k === "add" && "bg-success-soft text-success",
              k === "del" && "bg-destructive-soft text-destructive",
              k === "ctx" && "text-muted-foreground",
            )}
          >
            {l || " "}
          </div>
        );
      })}
    </pre>
  );
}

function show(v: unknown): string {
  if (v === undefined) return "—";
  if (typeof v === "string") return JSON.stringify(v);
  return JSON.stringify(v);
}

function Value({ v, tone }: { v: unknown; tone: "before" | "after" }) {
  const text = show(v);
  return (
    <code
      title={text}
      className={cn(
        "min-w-0 max-w-full truncate rounded px-1 py-0.5 font-mono text-xs",
        tone === "before" ? "bg-destructive-soft text-destructive line-through decoration-destructive/40" : "bg-success-soft text-success",
      )}
    >
      {text}
    </code>
  );
}

/** One field's change: its location, then either a text diff or the old and new values. */
function FieldChangeRow({ c }: { c: FieldChange }) {
  return (
    <li className="flex flex-col gap-1.5 py-1.5">
      <div className="flex min-w-0 flex-wrap items-center gap-2 text-xs">
        <span className={cn("w-14 shrink-0 font-medium", KIND[c.kind].text)}>{KIND[c.kind].label}</span>
        <code className="min-w-0 break-all font-mono text-foreground">{c.field || "(value)"}</code>
        {!c.diff ? (
          <span className="flex min-w-0 flex-1 items-center gap-1.5">
            {c.kind !== "added" ? <Value v={c.before} tone="before" /> : null}
            {c.kind === "changed" ? <ChevronRight className="size-3 shrink-0 text-muted-foreground" /> : null}
            {c.kind !== "removed" ? <Value v={c.after} tone="after" /> : null}
          </span>
        ) : null}
      </div>
      {c.diff ? <UnifiedDiff lines={c.diff} className="ml-16" /> : null}
    </li>
  );
}

export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <ul className="flex flex-col divide-y divide-border/60">
      {changes.map((c, i) => (
        <FieldChangeRow key={`${c.field}-${i}`} c={c} />
      ))}
    </ul>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (!count) return null;
  return (
    <section className="flex flex-col gap-2">
      <h4 className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
        {title} <Badge tone="outline">{count}</Badge>
      </h4>
      {children}
    </section>
  );
}

function Line({ kind, children, testId }: { kind: keyof typeof KIND; children: React.ReactNode; testId?: string }) {
  return (
    <li
      data-testid={testId}
      data-kind={kind}
      className={cn(
        "flex min-w-0 items-center gap-2 rounded px-2 py-1 text-sm",
        kind === "added" && "bg-success-soft/60",
        kind === "removed" && "bg-destructive-soft/60",
      )}
    >
      <span className={cn("w-3 shrink-0 text-center font-mono font-semibold", KIND[kind].text)} aria-label={KIND[kind].label}>
        {KIND[kind].sign}
      </span>
      {children}
    </li>
  );
}

function Collection({ diff, noun }: { diff: CollectionDiff; noun: string }) {
  return (
    <ul className="flex flex-col gap-1">
      {diff.added.map((n) => (
        <Line key={`a${n}`} kind="added">
          <span className="font-mono text-xs">{n}</span>
          <span className="text-xs text-muted-foreground">{noun} added</span>
        </Line>
      ))}
      {diff.removed.map((n) => (
        <Line key={`r${n}`} kind="removed">
          <span className="font-mono text-xs">{n}</span>
          <span className="text-xs text-muted-foreground">{noun} removed</span>
        </Line>
      ))}
      {diff.changed.map((c) => (
        <li key={`c${c.name}`} className="rounded-md border border-border">
          <details open>
            <summary className="flex cursor-pointer items-center gap-2 px-2 py-1.5 text-sm">
              <span className="w-3 text-center font-mono font-semibold text-warning">~</span>
              <span className="font-mono text-xs">{c.name}</span>
              <span className="text-xs text-muted-foreground">
                {c.changes.length} change{c.changes.length === 1 ? "" : "s"}
              </span>
            </summary>
            <div className="border-t border-border px-3 py-1">
              <FieldChanges changes={c.changes} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** The one-line summary of a diff: counts per kind of change. */
export function diffSummaryText(diff: SnapshotDiff): string {
  const s = diff.summary;
  const parts: string[] = [];
  const n = (k: number, one: string, many = `${one}s`) => (k ? parts.push(`${k} ${k === 1 ? one : many}`) : 0);
  n(s.resourcesAdded, "resource added", "resources added");
  n(s.resourcesRemoved, "resource removed", "resources removed");
  n(s.methodsAdded, "method added", "methods added");
  n(s.methodsRemoved, "method removed", "methods removed");
  n(s.methodsChanged, "method changed", "methods changed");
  n(s.modelsChanged, "model changed", "models changed");
  n(s.authorizersChanged, "authorizer changed", "authorizers changed");
  n(s.gatewayResponsesChanged, "gateway response changed", "gateway responses changed");
  n(s.binaryMediaTypesChanged, "binary media type changed", "binary media types changed");
  n(s.apiSettingsChanged, "API setting changed", "API settings changed");
  return parts.length ? parts.join(", ") : "No differences";
}

/**
 * A readable deployment diff: resources and methods added or removed, changed methods with each
 * changed field (templates as line diffs), models, authorizers, gateway responses and API settings.
 */
export function DeploymentDiffView({ diff, collapseMethods }: { diff: SnapshotDiff; collapseMethods?: boolean }) {
  if (diff.identical) {
    return (
      <div className="flex items-center gap-2 rounded-md border border-dashed border-border px-3 py-4 text-sm text-muted-foreground" data-testid="diff-identical">
        <Equal className="size-4" /> No differences: both sides serve the same API.
      </div>
    );
  }
  const m = diff.methods;
  return (
    <div className="flex flex-col gap-5" data-testid="deployment-diff">
      <p className="text-sm" data-testid="diff-summary">
        {diffSummaryText(diff)}
      </p>
      <Section title="Resources" count={diff.resources.added.length + diff.resources.removed.length}>
        <ul className="flex flex-col gap-1">
          {diff.resources.added.map((r) => (
            <Line key={`a${r.path}`} kind="added" testId="diff-resource">
              <PathText path={r.path} className="text-xs" />
            </Line>
          ))}
          {diff.resources.removed.map((r) => (
            <Line key={`r${r.path}`} kind="removed" testId="diff-resource">
              <PathText path={r.path} className="text-xs" />
            </Line>
          ))}
        </ul>
      </Section>
      <Section title="Methods" count={m.added.length + m.removed.length + m.changed.length}>
        <ul className="flex flex-col gap-1">
          {m.added.map((r) => (
            <Line key={`a${r.path}${r.httpMethod}`} kind="added" testId="diff-method">
              <VerbBadge verb={r.httpMethod} size="xs" />
              <PathText path={r.path} className="text-xs" />
              <span className="text-xs text-muted-foreground">added</span>
            </Line>
          ))}
          {m.removed.map((r) => (
            <Line key={`r${r.path}${r.httpMethod}`} kind="removed" testId="diff-method">
              <VerbBadge verb={r.httpMethod} size="xs" />
              <PathText path={r.path} className="text-xs" />
              <span className="text-xs text-muted-foreground">removed</span>
            </Line>
          ))}
          {m.changed.map((c) => (
            <li key={`c${c.path}${c.httpMethod}`} className="rounded-md border border-border" data-testid="diff-method" data-kind="changed">
              <details open={!collapseMethods}>
                <summary className="flex cursor-pointer items-center gap-2 px-2 py-1.5 text-sm">
                  <span className="w-3 text-center font-mono font-semibold text-warning" aria-label="changed">
                    ~
                  </span>
                  <VerbBadge verb={c.httpMethod} size="xs" />
                  <PathText path={c.path} className="text-xs" />
                  <span className="text-xs text-muted-foreground">
                    {c.changes.length} change{c.changes.length === 1 ? "" : "s"}
                  </span>
                </summary>
                <div className="border-t border-border px-3 py-1">
                  <FieldChanges changes={c.changes} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Models" count={diff.models.added.length + diff.models.removed.length + diff.models.changed.length}>
        <Collection diff={diff.models} noun="model" />
      </Section>
      <Section title="Authorizers" count={diff.authorizers.added.length + diff.authorizers.removed.length + diff.authorizers.changed.length}>
        <Collection diff={diff.authorizers} noun="authorizer" />
      </Section>
      <Section
        title="Gateway responses"
        count={diff.gatewayResponses.added.length + diff.gatewayResponses.removed.length + diff.gatewayResponses.changed.length}
      >
        <Collection diff={diff.gatewayResponses} noun="gateway response" />
      </Section>
      <Section title="Binary media types" count={diff.binaryMediaTypes.added.length + diff.binaryMediaTypes.removed.length}>
        <ul className="flex flex-col gap-1">
          {diff.binaryMediaTypes.added.map((t) => (
            <Line key={`a${t}`} kind="added">
              <span className="font-mono text-xs">{t}</span>
            </Line>
          ))}
          {diff.binaryMediaTypes.removed.map((t) => (
            <Line key={`r${t}`} kind="removed">
              <span className="font-mono text-xs">{t}</span>
            </Line>
          ))}
        </ul>
      </Section>
      <Section title="API settings" count={diff.api.length}>
        <div className="rounded-md border border-border px-3 py-1">
          <FieldChanges changes={diff.api} />
        </div>
      </Section>
    </div>
  );
}
