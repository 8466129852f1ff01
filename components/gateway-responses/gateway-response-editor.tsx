"use client";
import { RotateCcw } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useDeleteGatewayResponse } from "@/components/data/use-delete-gateway-response";
import type { GatewayResponse } from "@/components/data/use-gateway-responses";
import { usePutGatewayResponse } from "@/components/data/use-put-gateway-response";
import { parseServerProblem, sourceSuggestions, type ServerProblem } from "@/components/mapping/mapping-expressions";
import {
  mappingProblems,
  mappingsKey,
  mappingsToRows,
  ParameterMappingsEditor,
  rowsToMappings,
  type MappingRow,
} from "@/components/mapping/parameter-mappings-editor";
import { GATEWAY_EXAMPLES } from "@/components/mapping/template-examples";
import { rowsToTemplates, templatesKey, templatesToRows, TemplateMapEditor, type TemplateRow } from "@/components/mapping/template-map-editor";
import { SaveBar } from "@/components/ui/save-bar";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { StateBadge, type ResponseState } from "./state";
import type { ResponseTypeInfo } from "./response-types";

interface Form {
  status: string;
  headers: MappingRow[];
  templates: TemplateRow[];
}

const LABELS: Record<keyof Form, string> = { status: "status code", headers: "headers", templates: "templates" };
const STATUS = /^[1-5]\d\d$/;

/** One gateway response type: status code, headers (static values or request values), templates; reset to default. */
export function GatewayResponseEditor({
  apiId,
  info,
  response,
  state,
}: {
  apiId: string;
  info: ResponseTypeInfo;
  response: GatewayResponse | undefined;
  state: ResponseState;
}) {
  const put = usePutGatewayResponse(apiId);
  const del = useDeleteGatewayResponse(apiId);
  const [resetting, setResetting] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<ServerProblem | undefined>();
  const familyDefault = info.type === "DEFAULT_4XX" || info.type === "DEFAULT_5XX";
  const initial: Form = useMemo(
    () => ({
      status: response?.statusCode ?? "",
      headers: mappingsToRows(response?.responseParameters, "gateway"),
      templates: templatesToRows(response?.responseTemplates),
    }),
    [response],
  );
  const [form, setForm] = useState<Form>(initial);
  const key = (f: Form, k: keyof Form) => (k === "headers" ? mappingsKey(f.headers, "gateway") : k === "templates" ? templatesKey(f.templates) : f.status.trim());
  const changed = (Object.keys(LABELS) as (keyof Form)[]).filter((k) => key(form, k) !== key(initial, k));
  useUnsavedChangesGuard(changed.length > 0 && !put.isPending);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    setProblem(undefined);
    put.reset();
    setForm((f) => ({ ...f, [k]: v }));
  };
  const statusError =
    form.status.trim() === ""
      ? familyDefault
        ? undefined
        : "Enter a status code."
      : !STATUS.test(form.status.trim())
        ? "Three digits, 100–599."
        : undefined;
  const rowProblems = mappingProblems(form.headers, "gateway");

  function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!changed.length || statusError || Object.keys(rowProblems).length) return;
    const status = form.status.trim();
    put.mutate(
      {
        responseType: info.type,
        ...(status ? { statusCode: status } : {}),
        responseParameters: rowsToMappings(form.headers, "gateway"),
        responseTemplates: rowsToTemplates(form.templates),
      },
      {
        onSuccess: () =>
          toast.success(`Saved ${info.type}`, {
            description: `Changed: ${changed.map((k) => LABELS[k]).join(", ")}. Deploy the API to serve it.`,
          }),
        onError: (err) => setProblem(parseServerProblem(errorMessage(err))),
      },
    );
  }

  const playground = {
    apiId,
    httpMethod: "GET",
    resourcePath: "/",
    pathParameters: [],
    side: "gateway" as const,
    error: { responseType: info.type, message: info.message },
  };

  return (
    <>
      <form onSubmit={save} noValidate className="flex flex-col gap-4" aria-label={`Gateway response ${info.type}`}>
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold" data-testid="gateway-response-title">
              {info.label}
              <StateBadge state={state} family={info.family} />
            </h3>
            <p className="mt-0.5 flex items-center gap-1 font-mono text-xs text-muted-foreground">
              {info.type}
              <CopyButton value={info.type} label="Copy the response type" />
            </p>
            <p className="mt-1 text-sm text-muted-foreground">{info.description}</p>
          </div>
          <Button
            variant="outline"
            onClick={() => setResetting(true)}
            disabled={state !== "customized"}
            title={state === "customized" ? undefined : "Not customized: already the default"}
          >
            <RotateCcw /> Reset to default
          </Button>
        </div>

        <Card className="p-4">
          <Field
            label="Status code"
            htmlFor="gateway-response-status"
            error={(tried || form.status) && statusError ? statusError : undefined}
            hint={
              familyDefault
                ? "Optional: empty keeps each type's own status code."
                : `AWS's default for this type: ${info.defaultStatus}.`
            }
            className="max-w-xs"
          >
            <Input
              id="gateway-response-status"
              value={form.status}
              inputMode="numeric"
              maxLength={3}
              placeholder={info.defaultStatus ?? "e.g. 400"}
              className="font-mono"
              aria-invalid={!!statusError && (tried || !!form.status)}
              onChange={(e) => set("status", e.target.value.trim())}
            />
          </Field>
        </Card>

        <Card>
          <CardHeader
            title="Response headers"
            description={
              <>
                Static values, or values from the request (<code className="font-mono">method.request.header.Origin</code>),{" "}
                <code className="font-mono">stageVariables</code> or <code className="font-mono">context</code>.
              </>
            }
          />
          <div className="p-3">
            <ParameterMappingsEditor
              kind="gateway"
              rows={form.headers}
              onChange={(rows) => set("headers", rows)}
              suggestions={sourceSuggestions("gateway")}
              showErrors={tried}
              serverProblem={problem?.expression ? problem : undefined}
              targetLabel="Response headers"
              emptyText="No headers."
              addLabel="Add header"
              defaultLiteral
            />
          </div>
        </Card>

        <Card>
          <CardHeader
            title="Response templates"
            description={
              <>
                The body, by the request&apos;s Accept content type. <code className="font-mono">$context.error.messageString</code> is the
                message as a JSON string.
              </>
            }
          />
          <div className="p-3">
            <TemplateMapEditor
              id="gateway"
              rows={form.templates}
              onChange={(rows) => set("templates", rows)}
              problems={problem?.contentType ? [problem] : []}
              playground={playground}
              playgroundScope={`${apiId}.gateway-responses`}
              examples={GATEWAY_EXAMPLES}
              testIdPrefix="gateway-template"
              emptyText="No templates: the body is empty."
              height={130}
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
          saving={put.isPending}
          onDiscard={() => {
            setForm(initial);
            setProblem(undefined);
          }}
          saveLabel="Save response"
          disabled={!!statusError}
          testId="gateway-response-changes"
        />
      </form>
      <ConfirmDialog
        open={resetting}
        onOpenChange={setResetting}
        title={`Reset ${info.type} to its default?`}
        description={`Its status, headers and templates go back to ${
          familyDefault ? "AWS's defaults" : state === "customized" ? "the default (or its DEFAULT_" + info.family + " customization)" : "the default"
        }. Deploy to serve the change.`}
        confirmLabel="Reset to default"
        onConfirm={async () => {
          await del.mutateAsync(info.type);
          toast.success(`${info.type} reset to its default`);
        }}
      />
    </>
  );
}
