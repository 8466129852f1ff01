"use client";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";

export const STATUS_CODE = /^[1-5]\d\d$/;

/** The list side of a master-detail panel: one link per status code, selected one in the URL. */
export function StatusList({
  label,
  items,
  selected,
  hrefFor,
  onAdd,
  addLabel,
  adding,
  extraAddField,
}: {
  label: string;
  items: { status: string; detail?: React.ReactNode; badge?: React.ReactNode }[];
  selected?: string;
  hrefFor: (status: string) => string;
  /** Adds a status; resolves when done (the list then selects it). */
  onAdd: (status: string, extra: string) => Promise<unknown>;
  addLabel: string;
  adding?: boolean;
  extraAddField?: { label: string; placeholder: string; validate?: (v: string) => string | undefined };
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const [extra, setExtra] = useState("");
  const exists = items.some((i) => i.status === status);
  const statusError = status && !STATUS_CODE.test(status) ? "Three digits, 100–599." : exists ? `${status} already exists.` : undefined;
  const extraError = extra && extraAddField?.validate ? extraAddField.validate(extra) : undefined;

  async function add() {
    if (!STATUS_CODE.test(status) || exists || extraError) return;
    await onAdd(status, extra);
    setStatus("");
    setExtra("");
    setOpen(false);
  }

  return (
    <div className="flex min-w-0 flex-wrap items-stretch gap-2">
      <nav aria-label={label} className="contents">
        {items.map((i) => (
          <Link
            key={i.status}
            href={hrefFor(i.status)}
            scroll={false}
            aria-current={i.status === selected ? "true" : undefined}
            data-testid={`${label.toLowerCase().replace(/\s+/g, "-")}-${i.status}`}
            className={cn(
              "flex max-w-56 min-w-28 flex-col gap-0.5 rounded-md border px-2.5 py-1.5 text-left transition-colors",
              i.status === selected ? "border-primary bg-accent/60 ring-2 ring-primary/20" : "border-border bg-card hover:border-primary/40",
            )}
          >
            <span className="flex items-center justify-between gap-2">
              <span className="font-mono text-sm font-semibold">{i.status}</span>
              {i.badge}
            </span>
            {i.detail ? <span className="truncate text-xs text-muted-foreground">{i.detail}</span> : null}
          </Link>
        ))}
      </nav>
      {open ? (
        <div className="flex flex-col gap-1 rounded-md border border-border bg-subtle p-1.5" role="group" aria-label={addLabel}>
          <div className="flex items-center gap-1.5">
            <Input
              autoFocus
              value={status}
              onChange={(e) => setStatus(e.target.value.trim())}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void add();
                }
                if (e.key === "Escape") setOpen(false);
              }}
              placeholder="404"
              aria-label="New status code"
              aria-invalid={!!statusError}
              className="w-20 font-mono"
              inputMode="numeric"
              maxLength={3}
            />
            {extraAddField ? (
              <Input
                value={extra}
                onChange={(e) => setExtra(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    void add();
                  }
                }}
                placeholder={extraAddField.placeholder}
                aria-label={extraAddField.label}
                aria-invalid={!!extraError}
                className="w-48 font-mono text-xs"
              />
            ) : null}
            <Button size="md" variant="primary" loading={adding} disabled={!STATUS_CODE.test(status) || exists || !!extraError} onClick={() => void add()}>
              Add
            </Button>
            <Button size="md" variant="ghost" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
          {statusError || extraError ? <p className="px-0.5 text-xs text-destructive">{statusError ?? extraError}</p> : null}
        </div>
      ) : (
        <Button variant="outline" onClick={() => setOpen(true)} className="h-auto min-h-12 border-dashed">
          <Plus /> {addLabel}
        </Button>
      )}
    </div>
  );
}
