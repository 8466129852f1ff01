"use client";
import type { Stage } from "@/components/data/types";
import { EmptyState } from "@/components/ui/empty-state";

/** A stage's execution and access logs (placeholder until gateway logs land). */
export function LogsView({ stage }: { apiId: string; stage: Stage }) {
  return <EmptyState title="No logs yet" description={`Logs of ${stage.stageName} will show here.`} />;
}
