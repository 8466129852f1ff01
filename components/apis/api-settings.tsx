"use client";
import { Plus, Trash, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import type { PatchOperation, RestApi } from "@/components/data/types";
import { useRestApi } from "@/components/data/use-rest-api";
import { useUpdateRestApi } from "@/components/data/use-update-rest-api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SaveBar } from "@/components/ui/save-bar";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { escapePointer, validateBinaryMediaType } from "./binary-media-types";
import { DeleteApiDialog } from "./delete-api-dialog";

const MAX_COMPRESSION = 10 * 1024 * 1024;
const COMMON_BINARY_TYPES = ["image/png", "image/jpeg", "image/*", "application/octet-stream", "application/pdf", "application/zip", "multipart/form-data", "*/*"];
/** The API's Settings tab: name, description, API key source, compression, endpoint type, binary media types, delete. */
export function ApiSettings({ apiId }: { apiId: string }) {
  const api = useRestApi(apiId);
  if (api.isError && !api.data) {
    return (
      <div className="p-6">
        <ErrorState error={api.error} title="Could not load this API" onRetry={() => api.refetch()} />
      </div>
    );
  }
  if (!api.data) {
    return (
      <div className="flex max-w-3xl flex-col gap-4 p-6">
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    );
  }
  return (
    <div className="flex max-w-3xl flex-col gap-5 p-6">
      <GeneralSettings key={JSON.stringify([api.data.name, api.data.description, api.data.apiKeySource, api.data.minimumCompressionSize, api.data.endpointConfiguration])} api={api.data} />
      <BinaryMediaTypes api={api.data} />
      <DangerZone api={api.data} />
    </div>
  );
}

interface Form {
  name: string;
  description: string;
  apiKeySource: string;
  compression: string;
  endpointType: string;
}

const LABELS: Record<keyof Form, string> = {
  name: "name",
  description: "description",
  apiKeySource: "API key source",
  compression: "minimum compression size",
  endpointType: "endpoint type",
};

function GeneralSettings({ api }: { api: RestApi }) {
  const update = useUpdateRestApi(api.id);
  const initial: Form = useMemo(
    () => ({
      name: api.name,
      description: api.description ?? "",
      apiKeySource: api.apiKeySource ?? "HEADER",
      compression: api.minimumCompressionSize === undefined || api.minimumCompressionSize === null ? "" : String(api.minimumCompressionSize),
      endpointType: api.endpointConfiguration?.types?.[0] ?? "EDGE",
    }),
    [api],
  );
  const [form, setForm] = useState(initial);
  const changed = (Object.keys(LABELS) as (keyof Form)[]).filter((k) => form[k].trim() !== initial[k].trim());
  useUnsavedChangesGuard(changed.length > 0 && !update.isPending);
  const set = (k: keyof Form, v: string) => {
    update.reset();
    setForm((f) => ({ ...f, [k]: v }));
  };

  const nameError = !form.name.trim() ? "The name cannot be empty." : form.name.length > 1024 ? "At most 1024 characters." : undefined;
  const c = form.compression.trim();
  const compressionError =
    c && (!/^\d+$/.test(c) || Number(c) > MAX_COMPRESSION) ? `A whole number of bytes from 0 to ${MAX_COMPRESSION}, or empty to turn compression off.` : undefined;

  function save(e: React.FormEvent) {
    e.preventDefault();
    if (nameError || compressionError || !changed.length) return;
    const ops: PatchOperation[] = [];
    if (changed.includes("name")) ops.push({ op: "replace", path: "/name", value: form.name.trim() });
    if (changed.includes("description")) ops.push({ op: "replace", path: "/description", value: form.description.trim() });
    if (changed.includes("apiKeySource")) ops.push({ op: "replace", path: "/apiKeySource", value: form.apiKeySource });
    if (changed.includes("compression")) ops.push({ op: "replace", path: "/minimumCompressionSize", value: c });
    if (changed.includes("endpointType")) ops.push({ op: "replace", path: "/endpointConfiguration/types/0", value: form.endpointType });
    update.mutate(ops, {
      onSuccess: () => toast.success("Settings saved", { description: `Changed: ${changed.map((k) => LABELS[k]).join(", ")}.` }),
    });
  }

  return (
    <form onSubmit={save} noValidate aria-label="API settings">
      <Card>
        <CardHeader title="General" description="Name, description and how the API is reached." />
        <div className="flex flex-col gap-4 p-4">
          <Field label="API name" htmlFor="settings-name" error={nameError}>
            <Input id="settings-name" value={form.name} aria-invalid={!!nameError} onChange={(e) => set("name", e.target.value)} />
          </Field>
          <Field label="Description" htmlFor="settings-description" optional>
            <Textarea id="settings-description" rows={2} value={form.description} onChange={(e) => set("description", e.target.value)} />
          </Field>
          <div className="grid grid-cols-3 gap-3">
            <Field label="API key source" htmlFor="settings-key-source" hint="Where usage plans read the API key from.">
              <Select
                id="settings-key-source"
                ariaLabel="API key source"
                value={form.apiKeySource}
                onValueChange={(v) => set("apiKeySource", v)}
                options={[
                  { value: "HEADER", label: "Header (x-api-key)" },
                  { value: "AUTHORIZER", label: "Authorizer" },
                ]}
              />
            </Field>
            <Field label="Minimum compression size" htmlFor="settings-compression" error={compressionError} hint="Bytes; empty turns compression off.">
              <Input
                id="settings-compression"
                inputMode="numeric"
                value={form.compression}
                placeholder="Off"
                aria-invalid={!!compressionError}
                onChange={(e) => set("compression", e.target.value)}
              />
            </Field>
            <Field label="Endpoint type" htmlFor="settings-endpoint" hint="Shown to clients and exports.">
              <Select
                id="settings-endpoint"
                ariaLabel="Endpoint type"
                value={form.endpointType}
                onValueChange={(v) => set("endpointType", v)}
                options={[
                  { value: "REGIONAL", label: "Regional" },
                  { value: "EDGE", label: "Edge-optimized" },
                  { value: "PRIVATE", label: "Private" },
                ]}
              />
            </Field>
          </div>
          {update.error ? (
            <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive">
              {errorMessage(update.error)}
            </p>
          ) : null}
        </div>
        <div className="px-4">
          <SaveBar
            changed={changed.map((k) => LABELS[k])}
            saving={update.isPending}
            onDiscard={() => setForm(initial)}
            saveLabel="Save settings"
            disabled={!!nameError || !!compressionError}
            testId="settings-changes"
          />
        </div>
      </Card>
    </form>
  );
}

function BinaryMediaTypes({ api }: { api: RestApi }) {
  const update = useUpdateRestApi(api.id);
  const [value, setValue] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const types = api.binaryMediaTypes ?? [];
  const error = validateBinaryMediaType(value, types);

  function add() {
    const v = value.trim();
    if (!v || error) return;
    setPending(v);
    update.mutate([{ op: "add", path: `/binaryMediaTypes/${escapePointer(v)}` }], {
      onSuccess: () => {
        toast.success(`Added binary media type ${v}`, { description: "Deploy the API to serve it." });
        setValue((cur) => (cur.trim() === v ? "" : cur));
      },
      onError: (err) => toast.error(`Could not add ${v}`, { description: errorMessage(err) }),
      onSettled: () => setPending(null),
    });
  }

  function remove(t: string) {
    setPending(t);
    update.mutate([{ op: "remove", path: `/binaryMediaTypes/${escapePointer(t)}` }], {
      onSuccess: () => toast.success(`Removed binary media type ${t}`, { description: "Deploy the API to serve it." }),
      onError: (err) => toast.error(`Could not remove ${t}`, { description: errorMessage(err) }),
      onSettled: () => setPending(null),
    });
  }

  return (
    <Card>
      <CardHeader
        title="Binary media types"
        description="Bodies with these Content-Type (request) or Accept (response) types are handled as binary: passed through, or base64-converted by content handling. Everything else is UTF-8 text."
      />
      <div className="flex flex-col gap-3 p-4">
        {types.length === 0 ? (
          <p className="text-sm text-muted-foreground">None: every body is treated as text.</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" aria-label="Binary media types">
            {types.map((t) => (
              <li key={t} className="inline-flex items-center gap-1 rounded-md border border-border bg-muted py-0.5 pr-0.5 pl-2 font-mono text-xs">
                {t}
                <Button
                  variant="ghost"
                  size="icon-sm"
                  className="size-6"
                  aria-label={`Remove binary media type ${t}`}
                  loading={pending === t}
                  disabled={!!pending}
                  onClick={() => remove(t)}
                >
                  {pending === t ? null : <X className="size-3.5" />}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {types.includes("*/*") ? (
          <p className="text-xs text-warning">
            <Badge tone="warning">*/*</Badge> makes every body binary, including JSON: templates then see base64 unless content handling converts it.
          </p>
        ) : null}
        <div className="flex flex-col gap-1" role="group" aria-label="Add a binary media type">
          <div className="flex items-center gap-2">
            <Input
              list="binary-media-type-suggestions"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
              placeholder="image/png"
              aria-label="New binary media type"
              aria-invalid={!!error}
              className="w-72 font-mono text-xs"
            />
            <datalist id="binary-media-type-suggestions">
              {COMMON_BINARY_TYPES.filter((t) => !types.includes(t)).map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
            <Button onClick={add} disabled={!value.trim() || !!error || !!pending} loading={!!pending && pending === value.trim()}>
              <Plus /> Add
            </Button>
          </div>
          {error ? <p className="text-xs text-destructive">{error}</p> : null}
        </div>
      </div>
    </Card>
  );
}

function DangerZone({ api }: { api: RestApi }) {
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  return (
    <Card className="border-destructive/40">
      <CardHeader title="Delete this API" description="Deletes its resources, stages and deployments. Deployed stages stop serving at once." />
      <div className="flex justify-end p-4">
        <Button variant="destructive" onClick={() => setDeleting(true)}>
          <Trash /> Delete API
        </Button>
      </div>
      <DeleteApiDialog api={api} open={deleting} onOpenChange={setDeleting} onDeleted={() => router.push("/apis")} />
    </Card>
  );
}
