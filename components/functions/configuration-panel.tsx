"use client";
import { Save } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import type { GetFunctionResponse } from "@/components/data/function-types";
import { useFunction } from "@/components/data/use-function";
import { usePutFunctionConcurrency } from "@/components/data/use-put-function-concurrency";
import { useUpdateFunctionConfiguration } from "@/components/data/use-update-function-configuration";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { KeyValueEditor, newRow, rowsToRecord, type KeyValueRow } from "@/components/ui/key-value-editor";
import { NativeSelect } from "@/components/ui/select";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";

interface Form {
  handler: string;
  description: string;
  runtime: string;
  timeout: string;
  memory: string;
  env: KeyValueRow[];
  reserved: string;
}

function formOf(fn: GetFunctionResponse): Form {
  const c = fn.Configuration;
  return {
    handler: c.Handler,
    description: c.Description,
    runtime: c.Runtime,
    timeout: String(c.Timeout),
    memory: String(c.MemorySize),
    env: Object.entries(c.Environment?.Variables ?? {}).map(([k, v]) => newRow(k, v)),
    reserved: fn.Concurrency ? String(fn.Concurrency.ReservedConcurrentExecutions) : "",
  };
}

const same = (a: Form, b: Form) =>
  JSON.stringify({ ...a, env: rowsToRecord(a.env) ?? {} }) === JSON.stringify({ ...b, env: rowsToRecord(b.env) ?? {} });

/** Handler, runtime, timeout (1–900 s), memory (128–10240 MB), environment, reserved concurrency. */
export function ConfigurationPanel({ name }: { name: string }) {
  const fn = useFunction(name);
  const update = useUpdateFunctionConfiguration(name);
  const concurrency = usePutFunctionConcurrency(name);
  const [form, setForm] = useState<Form | null>(null);
  const initial = useMemo(() => (fn.data ? formOf(fn.data) : null), [fn.data]);
  useEffect(() => {
    if (initial && !form) setForm(initial);
  }, [initial, form]);
  const dirty = !!form && !!initial && !same(form, initial);
  useUnsavedChangesGuard(dirty);

  if (!form || !initial) return <SkeletonRows rows={6} />;
  const timeout = Number(form.timeout);
  const memory = Number(form.memory);
  const errors = {
    handler: /^\S+\.\S+$/.test(form.handler) ? undefined : "file.function, e.g. index.handler",
    timeout: Number.isInteger(timeout) && timeout >= 1 && timeout <= 900 ? undefined : "A whole number of seconds, 1–900.",
    memory: Number.isInteger(memory) && memory >= 128 && memory <= 10240 ? undefined : "A whole number of MB, 128–10240.",
    reserved: form.reserved === "" || (Number.isInteger(Number(form.reserved)) && Number(form.reserved) >= 0) ? undefined : "Empty (unreserved) or a whole number ≥ 0.",
  };
  const valid = !Object.values(errors).some(Boolean);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!form || !initial || !valid) return;
    await update.mutateAsync({
      Handler: form.handler,
      Description: form.description,
      Runtime: form.runtime,
      Timeout: timeout,
      MemorySize: memory,
      Environment: { Variables: rowsToRecord(form.env) ?? {} },
    });
    if (form.reserved !== initial.reserved) await concurrency.mutateAsync(form.reserved === "" ? null : Number(form.reserved));
    toast.success("Configuration saved");
    setForm(null);
  }

  return (
    <form onSubmit={submit} className="flex max-w-3xl flex-col gap-5">
      <Card>
        <CardHeader
          title="General"
          description="Applies to $LATEST; published versions keep theirs."
          actions={
            <>
              {dirty ? <Badge tone="warning">Unsaved changes</Badge> : null}
              <Button type="submit" variant="primary" size="sm" disabled={!dirty || !valid} loading={update.isPending || concurrency.isPending}>
                <Save /> Save
              </Button>
            </>
          }
        />
        <div className="grid gap-4 p-4 sm:grid-cols-2">
          <Field label="Handler" htmlFor="cfg-handler" error={errors.handler} hint="file.export: index.handler runs the export handler of index.mjs / index.js / index.ts.">
            <Input id="cfg-handler" className="font-mono" value={form.handler} onChange={(e) => set({ handler: e.target.value })} aria-invalid={!!errors.handler} />
          </Field>
          <Field label="Runtime" htmlFor="cfg-runtime">
            <NativeSelect id="cfg-runtime" value={form.runtime} onChange={(e) => set({ runtime: e.target.value })}>
              {["nodejs22.x", "nodejs20.x", "nodejs18.x"].map((r) => (
                <option key={r}>{r}</option>
              ))}
            </NativeSelect>
          </Field>
          <Field label="Timeout (seconds)" htmlFor="cfg-timeout" error={errors.timeout} hint="The invocation is stopped past it (Sandbox.Timedout).">
            <Input id="cfg-timeout" inputMode="numeric" value={form.timeout} onChange={(e) => set({ timeout: e.target.value })} aria-invalid={!!errors.timeout} />
          </Field>
          <Field label="Memory (MB)" htmlFor="cfg-memory" error={errors.memory} hint="The heap limit of each instance; over it, Runtime.OutOfMemory.">
            <Input id="cfg-memory" inputMode="numeric" value={form.memory} onChange={(e) => set({ memory: e.target.value })} aria-invalid={!!errors.memory} />
          </Field>
          <Field label="Reserved concurrency" htmlFor="cfg-reserved" error={errors.reserved} optional hint="At most this many invocations at once; more are throttled (429). 0 stops the function.">
            <Input id="cfg-reserved" inputMode="numeric" placeholder="Unreserved" value={form.reserved} onChange={(e) => set({ reserved: e.target.value })} aria-invalid={!!errors.reserved} />
          </Field>
          <Field label="Description" htmlFor="cfg-description" optional className="sm:col-span-2">
            <Textarea id="cfg-description" value={form.description} onChange={(e) => set({ description: e.target.value })} maxLength={256} />
          </Field>
        </div>
      </Card>
      <Card>
        <CardHeader title="Environment variables" description="process.env of every instance, beside Lambda's own (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, …)." />
        <div className="p-4">
          <KeyValueEditor rows={form.env} onChange={(env) => set({ env })} label="Environment variable" keyPlaceholder="NAME" addLabel="Add variable" />
        </div>
      </Card>
      {update.error ? <FormError error={update.error} /> : null}
      {concurrency.error ? <FormError error={concurrency.error} /> : null}
    </form>
  );
}
