"use client";
import { Plus, X } from "lucide-react";
import { Button } from "./button";
import { Input } from "./input";

export interface KeyValueRow {
  id: string;
  key: string;
  value: string;
}

let seq = 0;
export const newRow = (key = "", value = ""): KeyValueRow => ({ id: `kv${++seq}`, key, value });

/** Rows of key/value inputs (headers, stage variables) with add/remove. */
export function KeyValueEditor({
  rows,
  onChange,
  keyPlaceholder = "Name",
  valuePlaceholder = "Value",
  addLabel = "Add",
  label,
}: {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  addLabel?: string;
  label: string;
}) {
  return (
    <div className="flex flex-col gap-1.5" role="group" aria-label={label}>
      {rows.map((row, i) => (
        <div key={row.id} className="flex items-center gap-1.5">
          <Input
            value={row.key}
            placeholder={keyPlaceholder}
            aria-label={`${label} ${i + 1} name`}
            className="font-mono text-xs"
            onChange={(e) => onChange(rows.map((r) => (r.id === row.id ? { ...r, key: e.target.value } : r)))}
          />
          <Input
            value={row.value}
            placeholder={valuePlaceholder}
            aria-label={`${label} ${i + 1} value`}
            className="font-mono text-xs"
            onChange={(e) => onChange(rows.map((r) => (r.id === row.id ? { ...r, value: e.target.value } : r)))}
          />
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
            onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
          >
            <X />
          </Button>
        </div>
      ))}
      <div>
        <Button variant="ghost" size="sm" onClick={() => onChange([...rows, newRow()])}>
          <Plus /> {addLabel}
        </Button>
      </div>
    </div>
  );
}

export function rowsToRecord(rows: KeyValueRow[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.key.trim()) out[r.key.trim()] = r.value;
  return Object.keys(out).length ? out : undefined;
}
