"use client";
import { MetricsPanel } from "@/components/functions/metrics-panel";

export function FunctionMetricsPageClient({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-6xl px-6 py-5">
      <MetricsPanel name={name} />
    </div>
  );
}
