"use client";
import { LogsPanel } from "@/components/functions/logs-panel";

export function FunctionLogsPageClient({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-6xl px-6 py-5">
      <LogsPanel name={name} />
    </div>
  );
}
