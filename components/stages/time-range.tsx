"use client";
import { RefreshCw } from "lucide-react";
import { Switch } from "@/components/ui/switch";
import { Segmented } from "@/components/ui/tabs";
import { useSearchState } from "./use-search-state";

/** Time ranges for metrics: minutes back from now and the step that keeps the point count sane. */
export const RANGES = [
  { value: "15", label: "15 min", minutes: 15, step: 1 },
  { value: "60", label: "1 h", minutes: 60, step: 1 },
  { value: "360", label: "6 h", minutes: 360, step: 5 },
  { value: "1440", label: "24 h", minutes: 1440, step: 15 },
  { value: "10080", label: "7 d", minutes: 10080, step: 120 },
] as const;
export type RangeValue = (typeof RANGES)[number]["value"];

export const REFRESH_MS = 5_000;

/** The range and auto-refresh of the current URL (`?range=`, `?live=0`). */
export function useTimeRange(defaultRange: RangeValue = "60") {
  const state = useSearchState();
  const range = RANGES.find((r) => r.value === state.get("range")) ?? RANGES.find((r) => r.value === defaultRange)!;
  const live = state.get("live") !== "0";
  return {
    range,
    live,
    refreshMs: live ? REFRESH_MS : (false as const),
    setRange: (v: RangeValue) => state.set({ range: v === defaultRange ? null : v }, "replace"),
    setLive: (on: boolean) => state.set({ live: on ? null : "0" }, "replace"),
  };
}

/** Time range picker and auto-refresh switch, both kept in the URL. */
export function TimeRangeControls({
  defaultRange = "60",
  fetching,
  onRefresh,
}: {
  defaultRange?: RangeValue;
  fetching?: boolean;
  onRefresh?: () => void;
}) {
  const t = useTimeRange(defaultRange);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Segmented
        label="Time range"
        value={t.range.value}
        onChange={(v) => t.setRange(v)}
        options={RANGES.map((r) => ({ value: r.value, label: r.label }))}
      />
      <label className="flex items-center gap-2 text-xs text-muted-foreground">
        <Switch checked={t.live} onCheckedChange={t.setLive} aria-label="Auto-refresh" />
        Auto-refresh ({REFRESH_MS / 1000} s)
      </label>
      {onRefresh ? (
        <button
          type="button"
          onClick={onRefresh}
          aria-label="Refresh now"
          title="Refresh now"
          className="inline-flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
        >
          <RefreshCw className={`size-3.5 ${fetching ? "animate-spin" : ""}`} />
        </button>
      ) : null}
    </div>
  );
}
