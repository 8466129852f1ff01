"use client";
import { Plus, Trash, X } from "lucide-react";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { escapePointer } from "@/components/data/patch-path";
import { errorMessage } from "@/components/data/control-api";
import { useDeleteIntegrationResponse } from "@/components/data/use-delete-integration-response";
import { useDeleteMethodResponse } from "@/components/data/use-delete-method-response";
import { usePutMethodResponse } from "@/components/data/use-put-method-response";
import { useUpdateMethodResponse } from "@/components/data/use-update-method-response";
import type { Method, MethodResponse, PatchOperation } from "@/components/data/types";
import { MEDIA_TYPE } from "@/components/mapping/mapping-expressions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { SaveBar } from "@/components/ui/save-bar";
import { StatusList } from "./status-list";

const HEADER_PREFIX = "method.response.header.";
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MODELS = ["Empty", "Error"];


let seq = 0;
interface HeaderRow {
  id: string;
  name: string;
  required: boolean;
}
interface ModelRow {
  id: string;
  contentType: string;
  model: string;
}
const headerRow = (name = "", required = false): HeaderRow => ({ id: `h${++seq}`, name, required });
const modelRow = (contentType = "", model = "Empty"): ModelRow => ({ id: `md${++seq}`, contentType, model });

/** Method responses: the status codes (with headers and models) the method declares. */
export function MethodResponsesPanel({
  apiId,
  resourceId,
  verb,
  method,
  baseHref,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  baseHref: string;
}) {
  const router = useRouter();
  const search = useSearchParams();
  const put = usePutMethodResponse(apiId, resourceId, verb);
  const responses = Object.values(method.methodResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  const isProxy = method.methodIntegration?.type === "HTTP_PROXY" || method.methodIntegration?.type === "AWS_PROXY";
  const requested = search.get("status");
  const selected = responses.find((r) => r.statusCode === requested) ?? responses[0];
  const hrefFor = (status: string) => `${baseHref}?panel=method-response&status=${status}`;

  async function add(status: string) {
    try {
      await put.mutateAsync({ statusCode: status, responseModels: { "application/json": "Empty" } });
      toast.success(`Added method response ${status}`);
      router.push(hrefFor(status), { scroll: false });
    } catch (err) {
      toast.error(`Could not add method response ${status}`, { description: errorMessage(err) });
      throw err;
    }
  }

  return (
    <div className="flex flex-col gap-3">
      {isProxy ? (
        <p className="rounded-md bg-muted px-3 py-2 text-xs text-muted-foreground">
          Proxy integrations return the backend&apos;s response as is; declared responses document the API (and its SDKs).
        </p>
      ) : null}
      <div className="flex flex-col gap-4">
        <StatusList
          label="Method responses"
          items={responses.map((r) => {
            const headers = Object.keys(r.responseParameters ?? {}).length;
            const models = Object.values(r.responseModels ?? {});
            return {
              status: r.statusCode,
              detail: [headers ? `${headers} header${headers === 1 ? "" : "s"}` : null, models.length ? models.join(", ") : null].filter(Boolean).join(" · ") || "no headers or models",
            };
          })}
          selected={selected?.statusCode}
          hrefFor={hrefFor}
          onAdd={add}
          addLabel="Add response"
          adding={put.isPending}
        />
        {selected ? (
          <MethodResponseEditor
            key={`${selected.statusCode}:${JSON.stringify(selected)}`}
            apiId={apiId}
            resourceId={resourceId}
            verb={verb}
            method={method}
            response={selected}
            baseHref={baseHref}
          />
        ) : (
          <EmptyState
            title="No method responses"
            description={
              isProxy
                ? "None needed: the backend's status codes pass through. Declare them to document the API."
                : "Declare at least 200 so integration responses can map to it."
            }
            className="py-8"
          />
        )}
      </div>
    </div>
  );
}

function MethodResponseEditor({
  apiId,
  resourceId,
  verb,
  method,
  response,
  baseHref,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  response: MethodResponse;
  baseHref: string;
}) {
  const router = useRouter();
  const update = useUpdateMethodResponse(apiId, resourceId, verb);
  const del = useDeleteMethodResponse(apiId, resourceId, verb);
  const delIr = useDeleteIntegrationResponse(apiId, resourceId, verb);
  const [deleting, setDeleting] = useState(false);
  const [tried, setTried] = useState(false);
  const initialHeaders = useMemo(
    () => Object.entries(response.responseParameters ?? {}).map(([k, v]) => headerRow(k.slice(HEADER_PREFIX.length), v)),
    [response],
  );
  const initialModels = useMemo(() => Object.entries(response.responseModels ?? {}).map(([ct, m]) => modelRow(ct, m)), [response]);
  const [headers, setHeaders] = useState(initialHeaders);
  const [models, setModels] = useState(initialModels);
  const ir = method.methodIntegration?.integrationResponses?.[response.statusCode];

  const headerMap = (rows: HeaderRow[]) => Object.fromEntries(rows.filter((r) => r.name.trim()).map((r) => [`${HEADER_PREFIX}${r.name.trim()}`, r.required]));
  const modelMap = (rows: ModelRow[]) => Object.fromEntries(rows.filter((r) => r.contentType.trim()).map((r) => [r.contentType.trim(), r.model]));
  const changed = [
    JSON.stringify(headerMap(headers)) !== JSON.stringify(headerMap(initialHeaders)) ? "headers" : null,
    JSON.stringify(modelMap(models)) !== JSON.stringify(modelMap(initialModels)) ? "models" : null,
  ].filter((c): c is string => !!c);
  useUnsavedChangesGuard(changed.length > 0 && !update.isPending);

  const headerErrors: Record<string, string> = {};
  const seenH = new Set<string>();
  for (const h of headers) {
    const n = h.name.trim();
    if (!n) headerErrors[h.id] = "Enter a header name.";
    else if (!HEADER_NAME.test(n)) headerErrors[h.id] = "Not a valid header name.";
    else if (seenH.has(n.toLowerCase())) headerErrors[h.id] = `${n} is declared twice.`;
    seenH.add(n.toLowerCase());
  }
  const modelErrors: Record<string, string> = {};
  const seenM = new Set<string>();
  for (const m of models) {
    const ct = m.contentType.trim();
    if (!ct) modelErrors[m.id] = "Enter a content type.";
    else if (!MEDIA_TYPE.test(ct)) modelErrors[m.id] = "A content type looks like type/subtype.";
    else if (seenM.has(ct.toLowerCase())) modelErrors[m.id] = `${ct} is listed twice.`;
    seenM.add(ct.toLowerCase());
  }

  function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!changed.length || Object.keys(headerErrors).length || Object.keys(modelErrors).length) return;
    const ops: PatchOperation[] = [];
    const oldH = headerMap(initialHeaders);
    const newH = headerMap(headers);
    for (const k of Object.keys(oldH)) if (!(k in newH)) ops.push({ op: "remove", path: `/responseParameters/${k}` });
    for (const [k, v] of Object.entries(newH)) {
      if (!(k in oldH)) ops.push({ op: "add", path: `/responseParameters/${k}`, value: String(v) });
      else if (oldH[k] !== v) ops.push({ op: "replace", path: `/responseParameters/${k}`, value: String(v) });
    }
    const oldM = modelMap(initialModels);
    const newM = modelMap(models);
    for (const k of Object.keys(oldM)) if (!(k in newM)) ops.push({ op: "remove", path: `/responseModels/${escapePointer(k)}` });
    for (const [k, v] of Object.entries(newM)) {
      if (!(k in oldM)) ops.push({ op: "add", path: `/responseModels/${escapePointer(k)}`, value: v });
      else if (oldM[k] !== v) ops.push({ op: "replace", path: `/responseModels/${escapePointer(k)}`, value: v });
    }
    update.mutate(
      { statusCode: response.statusCode, patchOperations: ops },
      {
        onSuccess: () =>
          toast.success(`Saved method response ${response.statusCode}`, {
            description: ops.map((o) => `${o.op} ${decodeURIComponent(o.path.split("/").pop()!.replace(/~1/g, "/").replace(/~0/g, "~")).replace(HEADER_PREFIX, "header ")}`).join(", "),
          }),
      },
    );
  }

  return (
    <>
      <form onSubmit={save} noValidate className="flex min-w-0 flex-col gap-4" aria-label={`Method response ${response.statusCode}`}>
        <div className="flex items-start justify-between gap-3">
          <div>
            <h4 className="text-sm font-semibold">
              Method response <span className="font-mono">{response.statusCode}</span>
            </h4>
            <p className="mt-0.5 text-xs text-muted-foreground">
              {ir ? (
                <>
                  Integration response {response.statusCode} maps onto it
                  {ir.selectionPattern ? <> when the backend matches <code className="font-mono">/{ir.selectionPattern}/</code></> : " by default"}.
                </>
              ) : method.methodIntegration && method.methodIntegration.type !== "HTTP_PROXY" && method.methodIntegration.type !== "AWS_PROXY" ? (
                <>
                  No integration response maps onto it yet:{" "}
                  <button
                    type="button"
                    className="text-primary hover:underline"
                    onClick={() => router.push(`${baseHref}?panel=integration-response`, { scroll: false })}
                  >
                    add one
                  </button>
                  .
                </>
              ) : (
                "A status code the method declares."
              )}
            </p>
          </div>
          <Button variant="outline" size="sm" onClick={() => setDeleting(true)} aria-label={`Delete method response ${response.statusCode}`}>
            <Trash className="text-destructive" /> Delete
          </Button>
        </div>

        <Card>
          <CardHeader title="Response headers" description="Headers this response may carry; integration responses map values onto them." />
          <div className="flex flex-col gap-1.5 p-3">
            {headers.length === 0 ? <p className="text-sm text-muted-foreground">No headers declared.</p> : null}
            {headers.map((h, i) => {
              const mapped = ir?.responseParameters?.[`${HEADER_PREFIX}${h.name.trim()}`];
              const err = (tried || h.name) && headerErrors[h.id];
              return (
                <div key={h.id} className="flex flex-col gap-1">
                  <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto_1.75rem] items-center gap-2">
                    <Input
                      value={h.name}
                      placeholder="X-Header"
                      aria-label={`Response header ${i + 1} name`}
                      aria-invalid={!!err}
                      className="font-mono text-xs"
                      onChange={(e) => setHeaders((rows) => rows.map((r) => (r.id === h.id ? { ...r, name: e.target.value } : r)))}
                    />
                    <span className="truncate font-mono text-[11px] text-muted-foreground" title={mapped}>
                      {mapped ? `← ${mapped}` : "not mapped"}
                    </span>
                    <label className="flex items-center gap-1.5 text-xs">
                      <Switch
                        checked={h.required}
                        onCheckedChange={(v) => setHeaders((rows) => rows.map((r) => (r.id === h.id ? { ...r, required: v } : r)))}
                        aria-label={`Response header ${i + 1} required`}
                      />
                      Required
                    </label>
                    <Button variant="ghost" size="icon-sm" aria-label={`Remove response header ${i + 1}`} onClick={() => setHeaders((rows) => rows.filter((r) => r.id !== h.id))}>
                      <X />
                    </Button>
                  </div>
                  {err ? <p className="text-xs text-destructive">{err}</p> : null}
                </div>
              );
            })}
            <div>
              <Button variant="ghost" size="sm" onClick={() => setHeaders((rows) => [...rows, headerRow()])}>
                <Plus /> Add header
              </Button>
            </div>
          </div>
        </Card>

        <Card>
          <CardHeader title="Response models" description="The body's model per content type (Empty or Error until the API has models of its own)." />
          <div className="flex flex-col gap-1.5 p-3">
            {models.length === 0 ? <p className="text-sm text-muted-foreground">No models.</p> : null}
            {models.map((m, i) => {
              const err = (tried || m.contentType) && modelErrors[m.id];
              return (
                <div key={m.id} className="flex flex-col gap-1">
                  <div className="grid grid-cols-[minmax(0,1fr)_9rem_1.75rem] items-center gap-2">
                    <Input
                      value={m.contentType}
                      placeholder="application/json"
                      aria-label={`Response model ${i + 1} content type`}
                      aria-invalid={!!err}
                      className="font-mono text-xs"
                      onChange={(e) => setModels((rows) => rows.map((r) => (r.id === m.id ? { ...r, contentType: e.target.value } : r)))}
                    />
                    <NativeSelect
                      aria-label={`Response model ${i + 1} model`}
                      value={m.model}
                      onChange={(e) => setModels((rows) => rows.map((r) => (r.id === m.id ? { ...r, model: e.target.value } : r)))}
                    >
                      {[...new Set([...MODELS, m.model])].map((x) => (
                        <option key={x} value={x}>
                          {x}
                        </option>
                      ))}
                    </NativeSelect>
                    <Button variant="ghost" size="icon-sm" aria-label={`Remove response model ${i + 1}`} onClick={() => setModels((rows) => rows.filter((r) => r.id !== m.id))}>
                      <X />
                    </Button>
                  </div>
                  {err ? <p className="text-xs text-destructive">{err}</p> : null}
                </div>
              );
            })}
            <div>
              <Button variant="ghost" size="sm" onClick={() => setModels((rows) => [...rows, modelRow(rows.length ? "" : "application/json")])}>
                <Plus /> Add model
              </Button>
            </div>
          </div>
        </Card>

        {update.error ? (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive">
            {errorMessage(update.error)}
          </p>
        ) : null}

        <SaveBar
          changed={changed}
          saving={update.isPending}
          onDiscard={() => {
            setHeaders(initialHeaders);
            setModels(initialModels);
            update.reset();
          }}
          saveLabel="Save response"
          testId="method-response-changes"
        />
      </form>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete method response ${response.statusCode}?`}
        description={
          ir
            ? `Integration response ${response.statusCode} maps onto it and is deleted with it.`
            : "The method no longer declares this status code."
        }
        confirmLabel="Delete response"
        onConfirm={async () => {
          if (ir) await delIr.mutateAsync(response.statusCode);
          await del.mutateAsync(response.statusCode);
          toast.success(`Deleted method response ${response.statusCode}`, {
            description: ir ? `Integration response ${response.statusCode} was deleted with it.` : undefined,
          });
          router.push(`${baseHref}?panel=method-response`, { scroll: false });
        }}
      />
    </>
  );
}
