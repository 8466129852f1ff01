"use client";
import { FileText, Pause, Play, Search } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Segmented } from "@/components/ui/tabs";

export interface LogFilters {
  group: "base" | "canary";
  kind: "execution" | "access";
  request: string;
  status: string;
  q: string;
}

/** A text filter applied on Enter (or when cleared), so typing does not refetch on every key. */
function FilterInput({ value, onApply, label, placeholder, className }: { value: string; onApply: (v: string) => void; label: string; placeholder: string; className?: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft.trim());
      }}
    >
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-muted-foreground" />
        <Input
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            if (!e.target.value) onApply("");
          }}
          onBlur={() => draft.trim() !== value && onApply(draft.trim())}
          aria-label={label}
          placeholder={placeholder}
          className="pl-8"
        />
      </div>
    </form>
  );
}

/** Log group (base / canary), log kind, filters by request id, status and text, live tail. */
export function LogToolbar({
  filters,
  canaryOffered,
  live,
  onLive,
  onChange,
  onConfigureAccessLogs,
}: {
  filters: LogFilters;
  canaryOffered: boolean;
  live: boolean;
  onLive: (live: boolean) => void;
  onChange: (patch: Partial<LogFilters>, mode?: "push" | "replace") => void;
  onConfigureAccessLogs: () => void;
}) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Segmented
          label="Log kind"
          value={filters.kind}
          onChange={(kind) => onChange({ kind })}
          options={[
            { value: "execution", label: "Execution log" },
            { value: "access", label: "Access log" },
          ]}
        />
        {canaryOffered ? (
          <Segmented
            label="Log group"
            value={filters.group}
            onChange={(group) => onChange({ group })}
            options={[
              { value: "base", label: "Stage" },
              { value: "canary", label: "Canary" },
            ]}
          />
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          <Button variant="outline" size="sm" onClick={onConfigureAccessLogs}>
            <FileText /> Configure access logging
          </Button>
          <Button variant={live ? "secondary" : "outline"} size="sm" onClick={() => onLive(!live)} aria-pressed={live}>
            {live ? <Pause /> : <Play />} {live ? "Live" : "Paused"}
          </Button>
          {live ? <span className="size-2 animate-pulse rounded-full bg-success" aria-label="live" /> : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <FilterInput value={filters.request} onApply={(request) => onChange({ request }, "replace")} label="Filter by request id" placeholder="Request id (Enter)" className="w-80" />
        <NativeSelect aria-label="Filter by status" value={filters.status} onChange={(e) => onChange({ status: e.target.value }, "replace")}>
          <option value="">All statuses</option>
          <option value="error">Errors (4XX and 5XX)</option>
          <option value="4xx">4XX</option>
          <option value="5xx">5XX</option>
          <option value="2xx">2XX</option>
        </NativeSelect>
        <FilterInput value={filters.q} onApply={(q) => onChange({ q }, "replace")} label="Search log text" placeholder="Text in the log (Enter)" className="min-w-56 flex-1" />
      </div>
    </div>
  );
}
