"use client";
import { CircleCheck, CircleX, Trash } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { controlApi, errorMessage, seg } from "@/components/data/control-api";
import { useDeleteIntegrationResponse } from "@/components/data/use-delete-integration-response";
import { usePutIntegrationResponse } from "@/components/data/use-put-integration-response";
import { usePutMethodResponse } from "@/components/data/use-put-method-response";
import type { IntegrationResponse, Method } from "@/components/data/types";
import { parseServerProblem, sourceSuggestions, type ServerProblem } from "@/components/mapping/mapping-expressions";
import {
  mappingProblems,
  mappingsKey,
  mappingsToRows,
  ParameterMappingsEditor,
  rowsToMappings,
  type MappingRow,
} from "@/components/mapping/parameter-mappings-editor";
import { RESPONSE_EXAMPLES } from "@/components/mapping/template-examples";
import {
  rowsToTemplates,
  templatesKey,
  templatesToRows,
  TemplateMapEditor,
  type TemplateRow,
} from "@/components/mapping/template-map-editor";
import { pathParams } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ContentHandlingSelect } from "./content-handling-select";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/data/query-keys";
import { SaveBar } from "@/components/ui/save-bar";
import { patternError, patternMatches } from "./pattern-rules";
import { StatusList } from "./status-list";

/** Integration responses: how the backend's answer becomes a method response. */
export function IntegrationResponsesPanel({
  apiId,
  resourceId,
  verb,
  method,
  baseHref,
  resourcePath = "",
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  baseHref: string;
  resourcePath?: string;
}) {
  const router = useRouter();
  const search = useSearchParams();
  const qc = useQueryClient();
  const putIr = usePutIntegrationResponse(apiId, resourceId, verb);
  const putMr = usePutMethodResponse(apiId, resourceId, verb);
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

  const responses = Object.values(integ.integrationResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  const defaults = responses.filter((r) => !r.selectionPattern);
  const requested = search.get("status");
  const selected = responses.find((r) => r.statusCode === requested) ?? defaults[0] ?? responses[0];
  const hrefFor = (status: string) => `${baseHref}?panel=integration-response&status=${status}`;

  async function add(status: string, pattern: string) {
    setAdding(true);
    try {
      if (!method.methodResponses?.[status]) await putMr.mutateAsync({ statusCode: status });
      await putIr.mutateAsync({ statusCode: status, ...(pattern ? { selectionPattern: pattern } : {}) });
      await qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) });
      toast.success(`Added integration response ${status}`, {
        description: method.methodResponses?.[status] ? undefined : `Method response ${status} was declared too.`,
      });
      router.push(hrefFor(status), { scroll: false });
    } catch (err) {
      toast.error(`Could not add integration response ${status}`, { description: errorMessage(err) });
      throw err;
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <StatusList
        label="Integration responses"
        items={responses.map((r) => ({
          status: r.statusCode,
          badge: !r.selectionPattern ? <Badge tone="primary">default</Badge> : null,
          detail: r.selectionPattern ? <span className="font-mono">/{r.selectionPattern}/</span> : "when nothing else matches",
        }))}
        selected={selected?.statusCode}
        hrefFor={hrefFor}
        onAdd={add}
        addLabel="Add response"
        adding={adding}
        extraAddField={{
          label: "New selection pattern",
          placeholder: responses.length ? "Pattern, e.g. 4\\d{2}" : "Pattern (empty = default)",
          validate: patternError,
        }}
      />
      {selected ? (
        <IntegrationResponseEditor
          key={`${selected.statusCode}:${JSON.stringify(selected)}`}
          apiId={apiId}
          resourceId={resourceId}
          verb={verb}
          method={method}
          response={selected}
          others={responses.filter((r) => r.statusCode !== selected.statusCode)}
          baseHref={baseHref}
          resourcePath={resourcePath}
          integrationType={integ.type}
        />
      ) : (
        <EmptyState
          title="No integration responses"
          description="Without one, the method answers the backend's reply with an error. Add 200 as the default response (no pattern)."
          className="py-8"
        />
      )}
    </div>
  );
}

interface Form {
  pattern: string;
  headers: MappingRow[];
  templates: TemplateRow[];
  contentHandling: string;
}

const LABELS: Record<keyof Form, string> = {
  pattern: "selection pattern",
  headers: "header mappings",
  templates: "templates",
  contentHandling: "content handling",
};

function IntegrationResponseEditor({
  apiId,
  resourceId,
  verb,
  method,
  response,
  others,
  baseHref,
  resourcePath,
  integrationType,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  response: IntegrationResponse;
  others: IntegrationResponse[];
  baseHref: string;
  resourcePath: string;
  integrationType: string;
}) {
  const router = useRouter();
  const qc = useQueryClient();
  const put = usePutIntegrationResponse(apiId, resourceId, verb);
  const del = useDeleteIntegrationResponse(apiId, resourceId, verb);
  const [deleting, setDeleting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<ServerProblem | undefined>();
  const [probe, setProbe] = useState(integrationType === "HTTP" ? "404" : "");
  const initial: Form = useMemo(
    () => ({
      pattern: response.selectionPattern ?? "",
      headers: mappingsToRows(response.responseParameters, "response"),
      templates: templatesToRows(response.responseTemplates),
      contentHandling: response.contentHandling ?? "",
    }),
    [response],
  );
  const [form, setForm] = useState<Form>(initial);
  const key = (f: Form, k: keyof Form) =>
    k === "headers" ? mappingsKey(f.headers, "response") : k === "templates" ? templatesKey(f.templates) : String(f[k]);
  const changed = (Object.keys(LABELS) as (keyof Form)[]).filter((k) => key(form, k) !== key(initial, k));
  useUnsavedChangesGuard(changed.length > 0 && !saving);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setProblem(undefined);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const pError = patternError(form.pattern);
  const otherDefault = !form.pattern ? others.find((o) => !o.selectionPattern) : undefined;
  const methodResponse = method.methodResponses?.[response.statusCode];
  const rowProblems = mappingProblems(form.headers, "response");

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!changed.length || pError || Object.keys(rowProblems).length) return;
    setSaving(true);
    setProblem(undefined);
    const responseParameters = rowsToMappings(form.headers, "response");
    const declared = Object.keys(methodResponse?.responseParameters ?? {}).map((k) => k.toLowerCase());
    const undeclared = Object.keys(responseParameters).filter((t) => !declared.includes(t.toLowerCase()));
    try {
      if (undeclared.length) {
        await controlApi(
          `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}/responses/${seg(response.statusCode)}`,
          {
            method: "PATCH",
            body: { patchOperations: undeclared.map((t) => ({ op: "add", path: `/responseParameters/${t}`, value: "false" })) },
          },
        );
      }
      await put.mutateAsync({
        statusCode: response.statusCode,
        ...(form.pattern ? { selectionPattern: form.pattern } : {}),
        responseParameters,
        responseTemplates: rowsToTemplates(form.templates),
        ...(form.contentHandling ? { contentHandling: form.contentHandling } : {}),
      });
      toast.success(`Saved integration response ${response.statusCode}`, {
        description: `Changed: ${changed.map((k) => LABELS[k]).join(", ")}.${
          undeclared.length ? ` Declared on method response ${response.statusCode}: ${undeclared.map((t) => t.replace("method.response.header.", "")).join(", ")}.` : ""
        }`,
      });
    } catch (err) {
      setProblem(parseServerProblem(errorMessage(err)));
      if (undeclared.length) await qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) });
    } finally {
      setSaving(false);
    }
  }

  const playground = {
    apiId,
    httpMethod: verb,
    resourcePath,
    pathParameters: pathParams(resourcePath).map((p) => p.name),
    side: "response" as const,
  };

  return (
    <>
      <form onSubmit={save} noValidate className="flex min-w-0 flex-col gap-4" aria-label={`Integration response ${response.statusCode}`}>
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h4 className="flex items-center gap-2 text-sm font-semibold">
              Integration response <span className="font-mono">{response.statusCode}</span>
              {!form.pattern ? <Badge tone="primary">default</Badge> : null}
            </h4>
            <p className="mt-0.5 text-xs text-muted-foreground">
              Answers with{" "}
              <Link className="text-primary hover:underline" href={`${baseHref}?panel=method-response&status=${response.statusCode}`} scroll={false}>
                method response {response.statusCode}
              </Link>
              {form.pattern ? " when the pattern matches." : " when no other response's pattern matches."}
            </p>
          </div>
          <Button variant="outline" size="sm" onClick={() => setDeleting(true)} aria-label={`Delete integration response ${response.statusCode}`}>
            <Trash className="text-destructive" /> Delete
          </Button>
        </div>

        <Card className="flex flex-col gap-3 p-4">
          <div className={form.pattern ? "grid grid-cols-[minmax(0,1fr)_11rem] items-start gap-3" : "grid grid-cols-1"}>
            <Field
              label="Selection pattern"
              htmlFor={`ir-pattern-${response.statusCode}`}
              optional
              error={pError}
              hint={
                otherDefault
                  ? `Empty makes this the default response, but ${otherDefault.statusCode} already is: only one is used.`
                  : integrationType === "HTTP"
                    ? "A regular expression matched against the backend's status code. Empty = default."
                    : "A regular expression matched against the error message (status code for HTTP). Empty = default."
              }
            >
              <Input
                id={`ir-pattern-${response.statusCode}`}
                value={form.pattern}
                className="font-mono text-xs"
                placeholder="e.g. 4\d{2}"
                spellCheck={false}
                aria-invalid={!!pError}
                onChange={(e) => set("pattern", e.target.value)}
              />
            </Field>
            {form.pattern ? (
              <Field label="Test a value" htmlFor={`ir-probe-${response.statusCode}`}>
              <div className="relative">
                <Input
                  id={`ir-probe-${response.statusCode}`}
                  value={probe}
                  onChange={(e) => setProbe(e.target.value)}
                  className="pr-7 font-mono text-xs"
                  placeholder={integrationType === "HTTP" ? "404" : "error message"}
                />
                {probe && !pError ? (
                  <span className="absolute top-1/2 right-2 -translate-y-1/2" data-testid="pattern-probe">
                    {patternMatches(form.pattern, probe) ? (
                      <CircleCheck className="size-4 text-success" aria-label="Matches" />
                    ) : (
                      <CircleX className="size-4 text-muted-foreground" aria-label="Does not match" />
                    )}
                  </span>
                ) : null}
              </div>
              </Field>
            ) : null}
          </div>
          <Field label="Content handling" htmlFor={`ir-content-${response.statusCode}`} className="max-w-sm">
            <ContentHandlingSelect id={`ir-content-${response.statusCode}`} ariaLabel="Response content handling" value={form.contentHandling} onChange={(v) => set("contentHandling", v)} />
          </Field>
        </Card>

        <Card>
          <CardHeader
            title="Header mappings"
            description={
              <>
                Method response headers from the backend&apos;s headers (<code className="font-mono">integration.response.header.X</code>), its
                body (<code className="font-mono">integration.response.body.field</code>) or a static value. New headers are declared on method
                response {response.statusCode} when you save.
              </>
            }
          />
          <div className="p-3">
            <ParameterMappingsEditor
              kind="response"
              rows={form.headers}
              onChange={(rows) => set("headers", rows)}
              suggestions={sourceSuggestions("response")}
              showErrors={tried}
              serverProblem={problem?.expression ? problem : undefined}
              targetLabel="Header mappings"
              emptyText="No header mappings."
              addLabel="Add header mapping"
            />
          </div>
        </Card>

        <Card>
          <CardHeader
            title="Mapping templates"
            description="Transform the backend's body, by the Accept header's content type. $input is the backend's response here."
          />
          <div className="p-3">
            <TemplateMapEditor
              id={`response-${response.statusCode}`}
              rows={form.templates}
              onChange={(rows) => set("templates", rows)}
              problems={problem?.contentType ? [problem] : []}
              playground={playground}
              playgroundScope={`${apiId}.${resourceId}.${verb}.response`}
              examples={RESPONSE_EXAMPLES}
              testIdPrefix={`response-template-${response.statusCode}`}
              emptyText="No templates: the backend's body is returned as is."
            />
          </div>
        </Card>

        {problem && !problem.contentType && !problem.expression ? (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive">
            {problem.message}
          </p>
        ) : null}

        <SaveBar
          changed={changed.map((k) => LABELS[k])}
          saving={saving}
          onDiscard={() => {
            setForm(initial);
            setProblem(undefined);
          }}
          saveLabel="Save response"
          disabled={!!pError}
          testId="integration-response-changes"
        />
      </form>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete integration response ${response.statusCode}?`}
        description={`Backend answers that match it fall through to ${
          others.find((o) => !o.selectionPattern)?.statusCode ?? "no response (an error)"
        }. Method response ${response.statusCode} stays.`}
        confirmLabel="Delete response"
        onConfirm={async () => {
          await del.mutateAsync(response.statusCode);
          toast.success(`Deleted integration response ${response.statusCode}`);
          router.push(`${baseHref}?panel=integration-response`, { scroll: false });
        }}
      />
    </>
  );
}
