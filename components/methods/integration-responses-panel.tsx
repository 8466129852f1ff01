"use client";
import { Plus, Save, Trash } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { CodeEditor } from "@/components/editor/code-editor";
import { errorMessage } from "@/components/data/control-api";
import { useDeleteIntegrationResponse } from "@/components/data/use-delete-integration-response";
import { usePutIntegrationResponse } from "@/components/data/use-put-integration-response";
import { usePutMethodResponse } from "@/components/data/use-put-method-response";
import type { IntegrationResponse, Method } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";

const STATUS = /^[1-5]\d\d$/;

function ResponseEditor({
  apiId,
  resourceId,
  verb,
  response,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  response: IntegrationResponse;
}) {
  const put = usePutIntegrationResponse(apiId, resourceId, verb);
  const del = useDeleteIntegrationResponse(apiId, resourceId, verb);
  const initialTemplate = response.responseTemplates?.["application/json"] ?? "";
  const [pattern, setPattern] = useState(response.selectionPattern ?? "");
  const [template, setTemplate] = useState(initialTemplate);
  const dirty = (pattern !== (response.selectionPattern ?? "") || template !== initialTemplate) && !put.isSuccess;
  useUnsavedChangesGuard(dirty);

  function save(e: React.FormEvent) {
    e.preventDefault();
    put.mutate(
      {
        statusCode: response.statusCode,
        ...(pattern ? { selectionPattern: pattern } : {}),
        ...(response.responseParameters ? { responseParameters: response.responseParameters } : {}),
        responseTemplates: { ...(response.responseTemplates ?? {}), "application/json": template },
      },
      { onSuccess: () => toast.success(`Saved integration response ${response.statusCode}`) },
    );
  }

  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            <span className="font-mono">{response.statusCode}</span>
            {!response.selectionPattern ? <Badge tone="primary">default</Badge> : null}
          </span>
        }
        description={
          response.selectionPattern
            ? `Used when the backend's status (HTTP) or error message (others) matches /${response.selectionPattern}/.`
            : "Used when no other response's pattern matches."
        }
        actions={
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Delete integration response ${response.statusCode}`}
            loading={del.isPending}
            onClick={() =>
              del.mutate(response.statusCode, {
                onSuccess: () => toast.success(`Deleted integration response ${response.statusCode}`),
                onError: (err) => toast.error(errorMessage(err)),
              })
            }
          >
            {del.isPending ? null : <Trash className="text-muted-foreground" />}
          </Button>
        }
      />
      <form onSubmit={save} className="flex flex-col gap-3 p-4" noValidate>
        <Field label="Selection pattern" htmlFor={`ir-pattern-${response.statusCode}`} optional hint="A regular expression; empty means default.">
          <Input
            id={`ir-pattern-${response.statusCode}`}
            value={pattern}
            className="font-mono text-xs"
            placeholder="e.g. 4\d{2}"
            onChange={(e) => {
              put.reset();
              setPattern(e.target.value);
            }}
          />
        </Field>
        <Field label={<>Mapping template <span className="font-normal text-muted-foreground">application/json</span></>}>
          <CodeEditor
            ariaLabel={`Integration response ${response.statusCode} template`}
            value={template}
            onChange={(v) => {
              put.reset();
              setTemplate(v);
            }}
            height={160}
          />
        </Field>
        <FormError error={put.error} />
        <div className="flex items-center justify-end gap-2">
          {dirty ? <span className="mr-auto text-xs text-muted-foreground">Unsaved changes</span> : null}
          <Button type="submit" variant="primary" size="sm" loading={put.isPending} disabled={!dirty}>
            {put.isPending ? null : <Save />} Save
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Integration responses: how the backend's answer becomes a method response. */
export function IntegrationResponsesPanel({
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
  const putIr = usePutIntegrationResponse(apiId, resourceId, verb);
  const putMr = usePutMethodResponse(apiId, resourceId, verb);
  const [status, setStatus] = useState("");
  const [adding, setAdding] = useState(false);
  const integ = method.methodIntegration;

  if (!integ) {
    return (
      <EmptyState
        title="No integration yet"
        description="Set up the integration request first; its responses are mapped here."
        action={
          <Button asChild variant="primary">
            <Link href={`${baseHref}?panel=integration-request`} scroll={false}>
              Set up integration
            </Link>
          </Button>
        }
      />
    );
  }
  if (integ.type === "HTTP_PROXY" || integ.type === "AWS_PROXY") {
    return (
      <Card className="px-4 py-3 text-sm text-muted-foreground">
        This is a proxy integration: the backend&apos;s status, headers and body are returned to the client as they are,
        so there are no integration responses to map.
      </Card>
    );
  }

  const responses = Object.values(integ.integrationResponses ?? {}).sort((a, b) =>
    a.statusCode.localeCompare(b.statusCode),
  );
  const exists = responses.some((r) => r.statusCode === status);
  const statusError = status && !STATUS.test(status) ? "Three digits, 100–599." : exists ? `${status} already has one.` : undefined;

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!STATUS.test(status) || exists) return;
    setAdding(true);
    try {
      if (!method.methodResponses?.[status]) await putMr.mutateAsync({ statusCode: status });
      await putIr.mutateAsync({ statusCode: status, selectionPattern: responses.length ? status : undefined, responseTemplates: { "application/json": "" } });
      toast.success(`Added integration response ${status}`);
      setStatus("");
    } catch (err) {
      toast.error(errorMessage(err));
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      {responses.length === 0 ? (
        <EmptyState
          title="No integration responses"
          description="Without one, the method answers with an error. Add 200 as the default response."
          className="py-8"
        />
      ) : (
        responses.map((r) => (
          <ResponseEditor key={JSON.stringify(r)} apiId={apiId} resourceId={resourceId} verb={verb} response={r} />
        ))
      )}
      <form onSubmit={add} className="flex items-start gap-2" noValidate>
        <div className="flex flex-col gap-1">
          <Input
            value={status}
            onChange={(e) => setStatus(e.target.value.trim())}
            placeholder={responses.length ? "e.g. 404" : "200"}
            aria-label="New integration response status code"
            aria-invalid={!!statusError}
            className="w-32 font-mono"
            inputMode="numeric"
            maxLength={3}
          />
          {statusError ? <p className="text-xs text-destructive">{statusError}</p> : null}
        </div>
        <Button type="submit" loading={adding} disabled={!STATUS.test(status) || exists}>
          <Plus /> Add integration response
        </Button>
      </form>
      <FormError error={putIr.error ?? putMr.error} />
    </div>
  );
}
