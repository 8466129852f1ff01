"use client";
import { Input } from "@/components/ui/input";

/** Rounds to AWS-console precision (0.1 %) and clamps to 0–100. */
export const clampPercent = (n: number) => Math.min(100, Math.max(0, Math.round(n * 10) / 10));

/**
 * A traffic percentage: a 0–100 slider in 0.1 steps beside a number field (type an exact value),
 * and a bar showing the base / canary split it makes.
 */
export function PercentSlider({
  value,
  onChange,
  id,
  label = "Canary traffic percentage",
}: {
  value: number;
  onChange: (v: number) => void;
  id?: string;
  label?: string;
}) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={0.1}
          value={value}
          aria-label={label}
          aria-valuetext={`${value} %`}
          onChange={(e) => onChange(clampPercent(Number(e.target.value)))}
          className="h-2 min-w-0 flex-1 cursor-pointer accent-[#d97706]"
        />
        <div className="flex shrink-0 items-center gap-1">
          <Input
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={0.1}
            value={Number.isFinite(value) ? String(value) : ""}
            aria-label={`${label} (number)`}
            className="h-8 w-20 text-right font-mono tabular-nums"
            onChange={(e) => {
              const n = Number(e.target.value);
              if (e.target.value !== "" && Number.isFinite(n)) onChange(clampPercent(n));
            }}
          />
          <span className="text-sm text-muted-foreground">%</span>
        </div>
      </div>
      <SplitBar canary={value} />
    </div>
  );
}

/** Base vs canary share of requests as one bar. */
export function SplitBar({ canary, className }: { canary: number; className?: string }) {
  const base = clampPercent(100 - canary);
  return (
    <div className={className}>
      <div className="flex h-2 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div className="bg-primary transition-[width]" style={{ width: `${base}%` }} />
        <div className="bg-[#d97706] transition-[width]" style={{ width: `${canary}%` }} />
      </div>
      <div className="mt-1 flex justify-between text-[11px] text-muted-foreground">
        <span>
          <span className="mr-1 inline-block size-2 rounded-full bg-primary align-middle" />
          Base {base} %
        </span>
        <span>
          Canary {canary} %
          <span className="ml-1 inline-block size-2 rounded-full bg-[#d97706] align-middle" />
        </span>
      </div>
    </div>
  );
}
