"use client";
import { ChevronDown, ChevronRight, Globe, Save, Sparkles, Undo2 } from "lucide-react";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { CodeEditor } from "@/components/editor/code-editor";
import { useSaveIntegration } from "@/components/data/use-save-integration";
import type { Method, Resource } from "@/components/data/types";
import { pathParams } from "@/components/resources/path-text";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";

const EDITABLE_TYPES = ["MOCK", "HTTP_PROXY"] as const;
type EditableType = (typeof EDITABLE_TYPES)[number];

export const DEFAULT_REQUEST_TEMPLATE = '{"statusCode": 200}';
export const DEFAULT_RESPONSE_TEMPLATE = '{\n  "message": "Hello from Archway"\n}';
const HTTP_METHODS = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

interface Form {
  type: EditableType;
  httpMethod: string;
  uri: string;
  requestTemplate: string;
  responseTemplate: string;
  timeout: string;
  passthrough: string;
}

const FIELD_LABELS: Record<keyof Form, string> = {
  type: "type",
  httpMethod: "HTTP method",
  uri: "endpoint URL",
  requestTemplate: "request template",
  responseTemplate: "200 response template",
  timeout: "timeout",
  passthrough: "passthrough behavior",
};

function initialForm(method: Method, verb: string): Form {
  const i = method.methodIntegration;
  return {
    type: i && (EDITABLE_TYPES as readonly string[]).includes(i.type) ? (i.type as EditableType) : "MOCK",
    httpMethod: i?.httpMethod ?? (verb === "ANY" ? "ANY" : verb),
    uri: i?.uri ?? "",
    requestTemplate: i?.requestTemplates?.["application/json"] ?? DEFAULT_REQUEST_TEMPLATE,
    responseTemplate:
      i?.integrationResponses?.["200"]?.responseTemplates?.["application/json"] ?? DEFAULT_RESPONSE_TEMPLATE,
    timeout: String(i?.timeoutInMillis ?? 29000),
    passthrough: i?.passthroughBehavior ?? "WHEN_NO_MATCH",
  };
}

/** Checks an endpoint URL (with optional {param} placeholders) against the resource's parameters. */
export function validateEndpoint(uri: string, resourcePath: string): string | undefined {
  if (!uri.trim()) return "Enter the backend's URL, e.g. https://example.com/pets/{petId}.";
  if (!/^https?:\/\//i.test(uri)) return "The endpoint URL must start with http:// or https://.";
  try {
    const u = new URL(uri.replace(/\{[^}]*\}/g, "x"));
    if (!u.hostname) return "The endpoint URL needs a host.";
  } catch {
    return "This is not a valid URL.";
  }
  const known = new Set(pathParams(resourcePath).map((p) => p.name));
  for (const m of uri.matchAll(/\{([^}]*)\}/g)) {
    if (!known.has(m[1]))
      return `{${m[1]}} is not a path parameter of ${resourcePath || "this resource"}${known.size ? ` (it has ${[...known].map((k) => `{${k}}`).join(", ")})` : ""}.`;
  }
  return undefined;
}

function TypeCard({
  value,
  current,
  onSelect,
  title,
  description,
  icon,
}: {
  value: EditableType;
  current: EditableType;
  onSelect: (t: EditableType) => void;
  title: string;
  description: string;
  icon: React.ReactNode;
}) {
  const checked = value === current;
  return (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-2.5 transition-colors",
        checked ? "border-primary bg-accent/60" : "border-border hover:border-primary/40",
      )}
    >
      <input
        type="radio"
        name="integration-type"
        value={value}
        checked={checked}
        onChange={() => onSelect(value)}
        className="mt-1 accent-[var(--primary)]"
        aria-label={title}
      />
      <span className="flex min-w-0 flex-col">
        <span className="flex items-center gap-1.5 text-sm font-medium [&_svg]:size-3.5">
          {icon}
          {title}
        </span>
        <span className="text-xs text-muted-foreground">{description}</span>
      </span>
    </label>
  );
}

/**
 * The integration request editor: Mock (templates) or HTTP proxy (method + endpoint URL).
 * Saving a Mock also makes sure method response 200 and integration response 200 exist.
 */
export function IntegrationEditor({
  apiId,
  resource,
  verb,
  method,
}: {
  apiId: string;
  resource: Resource | undefined;
  verb: string;
  method: Method;
}) {
  // Remount with fresh state whenever the server's integration changes (e.g. after saving).
  const key = JSON.stringify(method.methodIntegration ?? null);
  return <IntegrationForm key={key} apiId={apiId} resource={resource} verb={verb} method={method} />;
}

function IntegrationForm({
  apiId,
  resource,
  verb,
  method,
}: {
  apiId: string;
  resource: Resource | undefined;
  verb: string;
  method: Method;
}) {
  const resourceId = resource?.id ?? "";
  const save = useSaveIntegration(apiId, resourceId, verb);
  const initial = useMemo(() => initialForm(method, verb), [method, verb]);
  const [form, setForm] = useState<Form>(initial);
  const [touched, setTouched] = useState(false);
  const [advanced, setAdvanced] = useState(false);
  const existing = method.methodIntegration;
  const unsupported = existing && !(EDITABLE_TYPES as readonly string[]).includes(existing.type);

  const changed = (Object.keys(form) as (keyof Form)[]).filter((k) => {
    if (form[k] === initial[k]) return false;
    // Fields that do not apply to the chosen type do not count.
    if (form.type === "MOCK" && (k === "httpMethod" || k === "uri")) return false;
    if (form.type === "HTTP_PROXY" && (k === "requestTemplate" || k === "responseTemplate" || k === "passthrough"))
      return false;
    return true;
  });
  const dirty = changed.length > 0 && !save.isSuccess;
  useUnsavedChangesGuard(dirty && !save.isPending);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    if (save.isSuccess) save.reset();
    setForm((f) => ({ ...f, [k]: v }));
  };
  const path = resource?.path ?? "";
  const uriError = form.type === "HTTP_PROXY" && (touched || form.uri) ? validateEndpoint(form.uri, path) : undefined;
  const timeoutNum = Number(form.timeout);
  const timeoutError =
    !Number.isInteger(timeoutNum) || timeoutNum < 50 || timeoutNum > 29000
      ? "Between 50 and 29000 milliseconds."
      : undefined;
  const jsonHint = (t: string) => {
    if (!t.trim() || /\$|#/.test(t)) return undefined; // VTL: not plain JSON
    try {
      JSON.parse(t);
      return undefined;
    } catch {
      return "Not valid JSON (fine if intended: templates are Velocity).";
    }
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!resource) return;
    if (timeoutError) {
      setAdvanced(true);
      return;
    }
    if (form.type === "HTTP_PROXY") {
      if (validateEndpoint(form.uri, path)) return;
      const placeholders = [...form.uri.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
      const requestParameters = placeholders.length
        ? Object.fromEntries(placeholders.map((p) => [`integration.request.path.${p}`, `method.request.path.${p}`]))
        : undefined;
      save.mutate(
        {
          type: "HTTP_PROXY",
          httpMethod: form.httpMethod,
          uri: form.uri.trim(),
          requestParameters,
          requiredMethodParameters: placeholders.map((p) => `method.request.path.${p}`),
          passthroughBehavior: "WHEN_NO_MATCH",
          timeoutInMillis: timeoutNum,
        },
        { onSuccess: done },
      );
    } else {
      save.mutate(
        {
          type: "MOCK",
          requestTemplates: { "application/json": form.requestTemplate },
          passthroughBehavior: form.passthrough,
          timeoutInMillis: timeoutNum,
          responseTemplates: { "application/json": form.responseTemplate },
        },
        { onSuccess: done },
      );
    }
  }

  function done() {
    toast.success(existing ? "Integration saved" : "Integration set up", {
      description: existing
        ? `Changed: ${changed.map((k) => FIELD_LABELS[k]).join(", ") || "nothing"}.`
        : form.type === "MOCK"
          ? "Mock with method response 200 and integration response 200."
          : `HTTP proxy to ${form.httpMethod} ${form.uri}.`,
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label="Integration request">
      {unsupported ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">
          This method uses a {existing!.type} integration, which this console cannot edit yet. Saving here replaces it.
        </p>
      ) : !existing ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm">
          <span className="font-medium">Not configured.</span>{" "}
          <span className="text-muted-foreground">Choose what this method calls, then save.</span>
        </p>
      ) : null}

      <fieldset className="grid grid-cols-2 gap-3">
        <legend className="mb-1.5 text-xs font-medium">Integration type</legend>
        <TypeCard
          value="MOCK"
          current={form.type}
          onSelect={(t) => set("type", t)}
          title="Mock"
          description="Answer from templates, without a backend."
          icon={<Sparkles />}
        />
        <TypeCard
          value="HTTP_PROXY"
          current={form.type}
          onSelect={(t) => set("type", t)}
          title="HTTP proxy"
          description="Pass the request to an HTTP endpoint and its response back."
          icon={<Globe />}
        />
      </fieldset>

      {form.type === "HTTP_PROXY" ? (
        <Card className="flex flex-col gap-4 p-4">
          <div className="grid grid-cols-[9rem_1fr] gap-3">
            <Field label="HTTP method" htmlFor="integration-http-method">
              <Select
                id="integration-http-method"
                ariaLabel="Integration HTTP method"
                value={form.httpMethod}
                onValueChange={(v) => set("httpMethod", v)}
                options={HTTP_METHODS.map((v) => ({ value: v, label: v }))}
              />
            </Field>
            <Field
              label="Endpoint URL"
              htmlFor="integration-uri"
              error={uriError}
              hint={
                pathParams(path).length ? (
                  <>
                    Use {pathParams(path).map((p, i) => (
                      <span key={p.name}>
                        {i ? ", " : ""}
                        <code className="font-mono">{`{${p.name}}`}</code>
                      </span>
                    ))}{" "}
                    to pass path parameters, e.g. <code className="font-mono">http://backend/{`{${pathParams(path).at(-1)!.name}}`}</code>.
                  </>
                ) : (
                  "The method, path query string and headers are passed through."
                )
              }
            >
              <Input
                id="integration-uri"
                value={form.uri}
                placeholder="https://example.com/pets"
                className="font-mono text-xs"
                spellCheck={false}
                autoComplete="off"
                aria-invalid={!!uriError}
                onChange={(e) => set("uri", e.target.value)}
              />
            </Field>
          </div>
        </Card>
      ) : (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <Field
            label={
              <>
                Request template <span className="font-normal text-muted-foreground">application/json</span>
              </>
            }
            hint={jsonHint(form.requestTemplate) ?? "Picks the mock's status: the integration response whose pattern matches."}
          >
            <CodeEditor
              testId="request-template-editor"
              ariaLabel="Request template"
              value={form.requestTemplate}
              onChange={(v) => set("requestTemplate", v)}
              height={120}
            />
          </Field>
          <Field
            label={
              <>
                200 response template <span className="font-normal text-muted-foreground">application/json</span>
              </>
            }
            hint={jsonHint(form.responseTemplate) ?? "The body the method returns. Velocity ($input, $context) works here."}
          >
            <CodeEditor
              testId="response-template-editor"
              ariaLabel="200 response template"
              value={form.responseTemplate}
              onChange={(v) => set("responseTemplate", v)}
              height={180}
            />
          </Field>
        </div>
      )}

      <div>
        <button
          type="button"
          className="inline-flex items-center gap-1 text-xs font-medium text-muted-foreground hover:text-foreground"
          onClick={() => setAdvanced((a) => !a)}
          aria-expanded={advanced}
        >
          {advanced ? <ChevronDown className="size-3.5" /> : <ChevronRight className="size-3.5" />}
          Advanced settings
        </button>
        {advanced ? (
          <div className="mt-3 grid grid-cols-2 gap-3">
            <Field label="Timeout (ms)" htmlFor="integration-timeout" error={timeoutError} hint="50–29000 ms">
              <Input
                id="integration-timeout"
                inputMode="numeric"
                value={form.timeout}
                aria-invalid={!!timeoutError}
                onChange={(e) => set("timeout", e.target.value)}
              />
            </Field>
            {form.type === "MOCK" ? (
              <Field label="Passthrough behavior" htmlFor="integration-passthrough" hint="When no template matches the content type.">
                <Select
                  id="integration-passthrough"
                  ariaLabel="Passthrough behavior"
                  value={form.passthrough}
                  onValueChange={(v) => set("passthrough", v)}
                  options={[
                    { value: "WHEN_NO_MATCH", label: "When no template matches" },
                    { value: "WHEN_NO_TEMPLATES", label: "When there are no templates" },
                    { value: "NEVER", label: "Never (415 instead)" },
                  ]}
                />
              </Field>
            ) : null}
          </div>
        ) : null}
      </div>

      <FormError error={save.error} />

      <div className="sticky bottom-0 -mx-6 flex items-center justify-between gap-3 border-t border-border bg-background/95 px-6 py-3 backdrop-blur">
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {dirty
            ? `Unsaved changes: ${changed.map((k) => FIELD_LABELS[k]).join(", ")}`
            : existing
              ? "No unsaved changes"
              : "Not saved yet"}
        </p>
        <div className="flex gap-2">
          {dirty ? (
            <Button onClick={() => setForm(initial)} disabled={save.isPending}>
              <Undo2 /> Discard
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={save.isPending} disabled={!resource || (!!existing && !dirty)}>
            {save.isPending ? null : <Save />}
            Save integration
          </Button>
        </div>
      </div>
    </form>
  );
}
