"use client";
import { Plus, Undo2, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { variableRow, type RowErrors, type VariableRow } from "./stage-variable-rules";

/**
 * Editable name/value rows (stage variables, canary overrides) with inline errors. Changed and
 * new rows are marked; `base` (the saved values) lets a row show what it was.
 */
export function VariablesTable({
  rows,
  onChange,
  errors,
  showErrors,
  base,
  label,
  addLabel = "Add variable",
  namePlaceholder = "name",
  valuePlaceholder = "value",
  nameOptions,
  emptyText,
}: {
  rows: VariableRow[];
  onChange: (rows: VariableRow[]) => void;
  errors: Record<string, RowErrors>;
  showErrors: boolean;
  base: Record<string, string>;
  label: string;
  addLabel?: string;
  namePlaceholder?: string;
  valuePlaceholder?: string;
  /** Suggested names (e.g. the stage's variables, for overrides). */
  nameOptions?: string[];
  emptyText?: React.ReactNode;
}) {
  const listId = nameOptions?.length ? `${label.replace(/\W+/g, "-")}-names` : undefined;
  const set = (id: string, patch: Partial<VariableRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <div className="flex flex-col gap-2" role="group" aria-label={label}>
      {rows.length ? (
        <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-start gap-x-2 gap-y-1.5">
          <span className="px-1 text-xs font-medium text-muted-foreground">Name</span>
          <span className="px-1 text-xs font-medium text-muted-foreground">Value</span>
          <span />
          {rows.map((r, i) => {
            const e = errors[r.id] ?? {};
            const name = r.name.trim();
            const isNew = r.original === undefined;
            const changed = !isNew && (name !== r.original || base[r.original] !== r.value);
            const nameErr = showErrors || r.name ? e.name : undefined;
            const valueErr = showErrors || r.value ? e.value : undefined;
            return (
              <div key={r.id} className="contents" data-testid={`variable-row-${i}`}>
                <div className="flex min-w-0 flex-col gap-1">
                  <div className="relative">
                    <span
                      aria-hidden
                      className={cn(
                        "absolute -left-2.5 top-1/2 size-1.5 -translate-y-1/2 rounded-full",
                        isNew ? "bg-success" : changed ? "bg-warning" : "bg-transparent",
                      )}
                    />
                    <Input
                      value={r.name}
                      placeholder={namePlaceholder}
                      aria-label={`${label} ${i + 1} name`}
                      aria-invalid={!!nameErr}
                      list={listId}
                      spellCheck={false}
                      className="font-mono text-xs"
                      onChange={(ev) => set(r.id, { name: ev.target.value })}
                    />
                  </div>
                  {nameErr ? (
                    <p role="alert" className="text-xs text-destructive">
                      {nameErr}
                    </p>
                  ) : null}
                </div>
                <div className="flex min-w-0 flex-col gap-1">
                  <Input
                    value={r.value}
                    placeholder={valuePlaceholder}
                    aria-label={`${label} ${i + 1} value`}
                    aria-invalid={!!valueErr}
                    spellCheck={false}
                    className="font-mono text-xs"
                    onChange={(ev) => set(r.id, { value: ev.target.value })}
                  />
                  {valueErr ? (
                    <p role="alert" className="text-xs text-destructive">
                      {valueErr}
                    </p>
                  ) : changed && r.original && base[r.original] !== r.value ? (
                    <p className="truncate text-[11px] text-muted-foreground" title={base[r.original]}>
                      was <span className="font-mono">{base[r.original]}</span>
                    </p>
                  ) : null}
                </div>
                <div className="flex items-center">
                  {changed ? (
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Undo changes to ${r.original}`}
                      title="Undo"
                      onClick={() => set(r.id, { name: r.original!, value: base[r.original!] })}
                    >
                      <Undo2 />
                    </Button>
                  ) : null}
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Delete ${label.toLowerCase()} ${name || i + 1}`}
                    title="Delete"
                    onClick={() => onChange(rows.filter((x) => x.id !== r.id))}
                  >
                    <X />
                  </Button>
                </div>
              </div>
            );
          })}
        </div>
      ) : emptyText ? (
        <p className="text-sm text-muted-foreground">{emptyText}</p>
      ) : null}
      {listId ? (
        <datalist id={listId}>
          {nameOptions!.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      ) : null}
      <div>
        <Button variant="ghost" size="sm" onClick={() => onChange([...rows, variableRow()])}>
          <Plus /> {addLabel}
        </Button>
      </div>
    </div>
  );
}
