"use client";
import { ArrowLeft, Plus, X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { REQUEST_TARGET_LOCATIONS, validateTargetName, type MappingKind, type ServerProblem } from "./mapping-expressions";
import { mappingProblems, mappingRow, rowSource, rowTarget, type MappingRow } from "./mapping-rows";

export { mappingProblems, mappingRow, mappingsKey, mappingsToRows, rowSource, rowTarget, rowsToMappings, type MappingRow } from "./mapping-rows";

/**
 * A table of parameter mappings, target ← source, with source suggestions. `kind` decides the
 * targets: integration request parameters (header / query string / path), method response
 * headers, or gateway response headers. Each row can be a literal value or an expression.
 */
export function ParameterMappingsEditor({
  kind,
  rows,
  onChange,
  suggestions,
  showErrors,
  serverProblem,
  targetLabel,
  emptyText,
  addLabel = "Add mapping",
  defaultLiteral = false,
}: {
  kind: MappingKind;
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  suggestions: string[];
  /** Show every row's problem (after a save attempt); otherwise only rows with content show theirs. */
  showErrors?: boolean;
  serverProblem?: ServerProblem;
  targetLabel: string;
  emptyText: React.ReactNode;
  addLabel?: string;
  defaultLiteral?: boolean;
}) {
  const listId = useId();
  const problems = mappingProblems(rows, kind);
  const update = (id: string, patch: Partial<MappingRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const label = kind === "request" ? "Integration request parameter" : "Header";

  return (
    <div className="flex flex-col gap-2" role="group" aria-label={targetLabel}>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{emptyText}</p>
      ) : (
        <div className="flex flex-col gap-1.5">
          <div
            className={cn(
              "grid gap-1.5 text-[11px] font-medium uppercase tracking-wide text-muted-foreground",
              kind === "request" ? "grid-cols-[7.5rem_minmax(0,1fr)_1rem_7rem_minmax(0,1.4fr)_1.75rem]" : "grid-cols-[minmax(0,1fr)_1rem_7rem_minmax(0,1.4fr)_1.75rem]",
            )}
            aria-hidden
          >
            {kind === "request" ? <span>Location</span> : null}
            <span>{kind === "request" ? "Name" : "Header name"}</span>
            <span />
            <span>Kind</span>
            <span>Mapped from</span>
            <span />
          </div>
          {rows.map((r, i) => {
            const problem =
              problems[r.id] && (showErrors || r.name.trim() || r.source.trim())
                ? problems[r.id]
                : serverProblem?.expression &&
                    (serverProblem.expression === rowSource(r) || serverProblem.expression.toLowerCase() === rowTarget(r, kind).toLowerCase())
                  ? serverProblem.message
                  : undefined;
            const n = i + 1;
            return (
              <div key={r.id} className="flex flex-col gap-1" data-testid={`mapping-row-${n}`}>
                <div
                  className={cn(
                    "grid items-center gap-1.5",
                    kind === "request" ? "grid-cols-[7.5rem_minmax(0,1fr)_1rem_7rem_minmax(0,1.4fr)_1.75rem]" : "grid-cols-[minmax(0,1fr)_1rem_7rem_minmax(0,1.4fr)_1.75rem]",
                  )}
                >
                  {kind === "request" ? (
                    <NativeSelect
                      aria-label={`${label} ${n} location`}
                      value={r.location}
                      onChange={(e) => update(r.id, { location: e.target.value })}
                      className="min-w-0 text-xs"
                    >
                      {REQUEST_TARGET_LOCATIONS.map((l) => (
                        <option key={l.value} value={l.value}>
                          {l.label}
                        </option>
                      ))}
                    </NativeSelect>
                  ) : null}
                  <Input
                    aria-label={`${label} ${n} name`}
                    value={r.name}
                    placeholder={kind === "request" ? (r.location === "header" ? "X-Header" : "name") : "X-Header"}
                    className="font-mono text-xs"
                    spellCheck={false}
                    aria-invalid={!!problem && !!validateTargetName(r.name, r.location)}
                    onChange={(e) => update(r.id, { name: e.target.value })}
                  />
                  <ArrowLeft className="size-3.5 text-muted-foreground" aria-hidden />
                  <NativeSelect
                    aria-label={`${label} ${n} kind`}
                    value={r.literal ? "literal" : "expression"}
                    onChange={(e) => update(r.id, { literal: e.target.value === "literal" })}
                    className="min-w-0 text-xs"
                  >
                    <option value="expression">Expression</option>
                    <option value="literal">Value</option>
                  </NativeSelect>
                  <Input
                    aria-label={`${label} ${n} source`}
                    list={r.literal ? undefined : listId}
                    value={r.source}
                    placeholder={r.literal ? "static value" : kind === "response" ? "integration.response.header.X" : "method.request.querystring.q"}
                    className="font-mono text-xs"
                    spellCheck={false}
                    aria-invalid={!!problem && !validateTargetName(r.name, r.location)}
                    onChange={(e) => update(r.id, { source: e.target.value })}
                  />
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Remove ${label.toLowerCase()} ${n}`}
                    onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
                  >
                    <X />
                  </Button>
                </div>
                {problem ? (
                  <p role="alert" className="text-xs text-destructive">
                    {problem}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      )}
      <div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onChange([...rows, mappingRow("header", "", "", defaultLiteral)])}
        >
          <Plus /> {addLabel}
        </Button>
      </div>
    </div>
  );
}
