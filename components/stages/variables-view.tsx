"use client";
import { Braces } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { useUpdateStage } from "@/components/data/use-update-stage";
import type { Stage } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/error-state";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { MAX_STAGE_VARIABLES, rowsOf, validateRows, variableOps, type VariableRow } from "./stage-variable-rules";
import { VariablesTable } from "./variables-table";

/**
 * Stage variables editor: add, edit, delete, with AWS's rules checked as you type, saved as one
 * UpdateStage (all or nothing); a refusal shows the server's message and keeps your edits.
 */
export function VariablesView({ apiId, stage }: { apiId: string; stage: Stage }) {
  const update = useUpdateStage(apiId, stage.stageName);
  const saved = useMemo(() => stage.variables ?? {}, [stage.variables]);
  const [rows, setRows] = useState<VariableRow[]>(() => rowsOf(saved));
  const [submitted, setSubmitted] = useState(false);

  const ops = useMemo(() => variableOps(saved, rows, "/variables"), [saved, rows]);
  const dirty = ops.length > 0 || rows.some((r) => r.original === undefined);
  useUnsavedChangesGuard(ops.length > 0);

  // Follow the server while there is nothing unsaved here (another tab, a promotion).
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    if (!dirty) setRows(rowsOf(saved));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);

  const validation = validateRows(rows);
  const invalid = Object.keys(validation.rows).length > 0 || !!validation.table;

  function save(e: React.FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (invalid || ops.length === 0) return;
    update.mutate(ops, {
      onSuccess: (s) => {
        setRows(rowsOf(s.variables));
        setSubmitted(false);
        toast.success(`Saved ${ops.length} change${ops.length === 1 ? "" : "s"} to ${stage.stageName}'s variables`);
      },
    });
  }

  return (
    <form onSubmit={save} noValidate aria-label="Stage variables">
      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <Braces className="size-4 text-muted-foreground" /> Stage variables
            </span>
          }
          description={
            <>
              Name/value pairs this stage passes to its deployment: <code className="font-mono">{"${stageVariables.name}"}</code> in
              integration URIs and parameter mappings, <code className="font-mono">$stageVariables.name</code> in templates,{" "}
              <code className="font-mono">stageVariables</code> in proxy events.
            </>
          }
          actions={
            <span className="text-xs text-muted-foreground" data-testid="variable-count">
              {rows.length} / {MAX_STAGE_VARIABLES}
            </span>
          }
        />
        <div className="flex flex-col gap-3 px-6 py-4">
          <VariablesTable
            label="Stage variable"
            rows={rows}
            onChange={setRows}
            errors={validation.rows}
            showErrors={submitted}
            base={saved}
            emptyText="No stage variables yet. Add one to use it in integration URIs, mappings and templates."
          />
          <p className="text-xs text-muted-foreground">
            Names: letters, digits and underscores, up to 64. Values: up to 512 of letters, digits, space and{" "}
            <code className="font-mono">- . _ ~ : / ? # &amp; = ,</code>
          </p>
          {validation.table ? <FormError error={new Error(validation.table)} /> : null}
          <FormError error={update.error} />
        </div>
        <div className="flex items-center justify-end gap-2 rounded-b-lg border-t border-border bg-subtle px-4 py-2.5">
          <span className="mr-auto text-xs text-muted-foreground" data-testid="variables-status">
            {ops.length ? `${ops.length} unsaved change${ops.length === 1 ? "" : "s"}` : "No unsaved changes"}
          </span>
          <Button
            disabled={!ops.length || update.isPending}
            onClick={() => {
              setRows(rowsOf(saved));
              setSubmitted(false);
              update.reset();
            }}
          >
            Discard
          </Button>
          <Button type="submit" variant="primary" loading={update.isPending} disabled={!ops.length}>
            Save variables
          </Button>
        </div>
      </Card>
    </form>
  );
}
