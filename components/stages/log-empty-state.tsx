"use client";
import { FileText, ScrollText, SearchX } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import type { Stage } from "@/components/data/types";
import { useUpdateStage } from "@/components/data/use-update-stage";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/error-state";
import { STAGE_WIDE } from "./method-settings";

/** Whether any method of the stage writes an execution log (stage-wide or its own setting). */
export function executionLoggingOn(stage: Stage): boolean {
  return Object.values(stage.methodSettings ?? {}).some((s) => s.loggingLevel === "INFO" || s.loggingLevel === "ERROR");
}

/** Execution logging is off: say what it is and turn it on in one click. */
function ExecutionLoggingOff({ apiId, stage, settingsHref }: { apiId: string; stage: Stage; settingsHref: string }) {
  const update = useUpdateStage(apiId, stage.stageName);
  return (
    <EmptyState
      icon={<ScrollText />}
      title="Execution logging is off"
      description={
        <>
          With a logging level of INFO (every step of every request) or ERROR (only failures), API Gateway writes what it did with each request and why it
          answered 4XX or 5XX. Turn it on for every method of {stage.stageName}, or per method in Settings.
        </>
      }
      action={
        <div className="flex flex-col items-center gap-2">
          <div className="flex gap-2">
            <Button
              variant="primary"
              loading={update.isPending}
              onClick={() =>
                update.mutate([{ op: "replace", path: `/${STAGE_WIDE}/logging/loglevel`, value: "INFO" }], {
                  onSuccess: () => toast.success(`INFO logging is on for every method of ${stage.stageName}`),
                })
              }
            >
              Enable INFO logging
            </Button>
            <Button asChild variant="outline">
              <Link href={settingsHref}>Logging per method</Link>
            </Button>
          </div>
          <FormError error={update.error} />
        </div>
      }
    />
  );
}

export function LogEmptyState({
  apiId,
  stage,
  kind,
  filtered,
  settingsHref,
  onClearFilters,
  onConfigureAccessLogs,
}: {
  apiId: string;
  stage: Stage;
  kind: "execution" | "access";
  filtered: boolean;
  settingsHref: string;
  onClearFilters: () => void;
  onConfigureAccessLogs: () => void;
}) {
  if (filtered) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="No requests match these filters"
        action={
          <Button variant="outline" onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      />
    );
  }
  if (kind === "execution" && !executionLoggingOn(stage)) return <ExecutionLoggingOff apiId={apiId} stage={stage} settingsHref={settingsHref} />;
  if (kind === "access" && !stage.accessLogSettings?.format) {
    return (
      <EmptyState
        icon={<FileText />}
        title="Access logging is not configured"
        description="An access log has one line per request — who called, what, and the status — in a format you choose (CLF, JSON, XML, CSV or your own $context variables)."
        action={
          <Button variant="primary" onClick={onConfigureAccessLogs}>
            Configure access logging
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<ScrollText />}
      title="No requests logged yet"
      description="Call the stage's invoke URL: each request shows up here within a few seconds while the log is live."
    />
  );
}
