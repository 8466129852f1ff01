"use client";
import { ChevronDown, ChevronRight, SquareFunction, Globe, Network, Save, Sparkles, Undo2 } from "lucide-react";
import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useFunctions } from "@/components/data/use-functions";
import { useSaveIntegration, type SaveIntegrationInput } from "@/components/data/use-save-integration";
import type { IntegrationType, Method, Resource } from "@/components/data/types";
import {
  parseServerProblem,
  sourceSuggestions,
  undeclaredMethodParameter,
  type ServerProblem,
} from "@/components/mapping/mapping-expressions";
import {
  mappingProblems,
  mappingRow,
  mappingsKey,
  mappingsToRows,
  ParameterMappingsEditor,
  rowsToMappings,
  type MappingRow,
} from "@/components/mapping/parameter-mappings-editor";
import { REQUEST_EXAMPLES } from "@/components/mapping/template-examples";
import {
  rowsToTemplates,
  templateRow,
  templatesKey,
  templatesToRows,
  TemplateMapEditor,
  type TemplateRow,
} from "@/components/mapping/template-map-editor";
import { SingleTemplateEditor } from "@/components/mapping/single-template-editor";
import { uriPlaceholders, validateEndpoint } from "./endpoint-rules";
import { CacheKeyParameters, cacheKeyCandidates } from "./cache-key-parameters";
import { pathParams } from "@/components/resources/path-text";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ContentHandlingSelect } from "./content-handling-select";
import { Switch } from "@/components/ui/switch";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";

type CardType = "MOCK" | "HTTP" | "HTTP_PROXY" | "LAMBDA";

export const DEFAULT_REQUEST_TEMPLATE = '{"statusCode": 200}';
export const DEFAULT_RESPONSE_TEMPLATE = '{\n  "message": "Hello from Archway"\n}';
const HTTP_METHODS = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const MIN_TIMEOUT = 50;
const MAX_TIMEOUT = 29000;

interface Form {
  type: IntegrationType;
  httpMethod: string;
  uri: string;
  mappings: MappingRow[];
  templates: TemplateRow[];
  passthrough: string;
  contentHandling: string;
  timeout: string;
  responseTemplate: string;
  /** The integration's cacheKeyParameters (method request parameter names). */
  cacheKeys: string[];
}

type FieldKey = keyof Form;

const FIELD_LABELS: Record<FieldKey, string> = {
  type: "type",
  httpMethod: "HTTP method",
  uri: "endpoint URL",
  mappings: "parameter mappings",
  templates: "request templates",
  passthrough: "passthrough behavior",
  contentHandling: "content handling",
  timeout: "timeout",
  responseTemplate: "200 response template",
  cacheKeys: "cache keys",
};

/** Which fields each type uses; the others are neither shown, compared nor sent. */
const APPLIES: Record<IntegrationType, FieldKey[]> = {
  MOCK: ["type", "templates", "passthrough", "timeout", "responseTemplate", "cacheKeys"],
  HTTP: ["type", "httpMethod", "uri", "mappings", "templates", "passthrough", "contentHandling", "timeout", "cacheKeys"],
  HTTP_PROXY: ["type", "httpMethod", "uri", "mappings", "timeout", "cacheKeys"],
  AWS: ["type", "httpMethod", "uri", "mappings", "templates", "passthrough", "contentHandling", "timeout", "cacheKeys"],
  AWS_PROXY: ["type", "uri", "timeout", "cacheKeys"],
};

const cardOf = (t: IntegrationType): CardType => (t === "AWS" || t === "AWS_PROXY" ? "LAMBDA" : t);

function initialForm(method: Method, verb: string): Form {
  const i = method.methodIntegration;
  const templates = i ? templatesToRows(i.requestTemplates) : [templateRow("application/json", DEFAULT_REQUEST_TEMPLATE)];
  return {
    type: i?.type ?? "MOCK",
    httpMethod: i?.httpMethod ?? (verb === "ANY" ? "ANY" : verb),
    uri: i?.uri ?? "",
    mappings: mappingsToRows(i?.requestParameters, "request"),
    templates: i?.type === "MOCK" || !i ? (templates.length ? templates : []) : templates,
    passthrough: i?.passthroughBehavior ?? "WHEN_NO_MATCH",
    contentHandling: i?.contentHandling ?? "",
    timeout: String(i?.timeoutInMillis ?? MAX_TIMEOUT),
    responseTemplate: i
      ? i.integrationResponses?.["200"]?.responseTemplates?.["application/json"] ?? ""
      : DEFAULT_RESPONSE_TEMPLATE,
    cacheKeys: [...(i?.cacheKeyParameters ?? [])].sort(),
  };
}

function fieldKey(form: Form, k: FieldKey): string {
  if (k === "mappings") return mappingsKey(form.mappings, "request");
  if (k === "templates") return templatesKey(form.templates);
  if (k === "cacheKeys") return form.cacheKeys.join(",");
  return String(form[k]);
}

const LAMBDA_URI = /^arn:aws:apigateway:([^:]+):lambda:path\/2015-03-31\/functions\/(.+)\/invocations$/;

function lambdaUri(functionArn: string): string {
  const region = functionArn.split(":")[3] || "us-east-1";
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

function TypeCard({
  value,
  current,
  onSelect,
  title,
  description,
  icon,
}: {
  value: CardType;
  current: CardType;
  onSelect: (t: CardType) => void;
  title: string;
  description: string;
  icon: React.ReactNode;
}) {
  const checked = value === current;
  return (
    <label
      className={cn(
        "flex min-w-0 cursor-pointer items-start gap-2 rounded-lg border px-2.5 py-2 transition-colors focus-within:ring-2 focus-within:ring-ring/40",
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
        <span className="text-xs leading-snug text-muted-foreground">{description}</span>
      </span>
    </label>
  );
}

/**
 * The integration request editor: the type (Mock, HTTP, HTTP proxy, Lambda), the endpoint,
 * parameter mappings, request templates per content type (Velocity, with the playground),
 * passthrough, content handling and timeout. Saving a Mock also makes sure method response 200
 * and integration response 200 exist.
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
  const [problem, setProblem] = useState<ServerProblem | undefined>();
  const uris = useRef<Record<string, string>>({});
  const existing = method.methodIntegration;
  const path = resource?.path ?? "";
  const resourcePathParams = pathParams(path).map((p) => p.name);
  const card = cardOf(form.type);
  const applies = APPLIES[form.type];

  const changed = applies.filter((k) => fieldKey(form, k) !== fieldKey(initial, k));
  // A new integration is a change even when the defaults were kept.
  const dirty = (changed.length > 0 || (!existing && touched)) && !save.isSuccess;
  useUnsavedChangesGuard(changed.length > 0 && !save.isSuccess && !save.isPending);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => {
    if (save.isSuccess || save.isError) save.reset();
    setProblem(undefined);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const selectCard = (c: CardType) => {
    const type: IntegrationType = c === "LAMBDA" ? (form.type === "AWS" ? "AWS" : "AWS_PROXY") : c;
    if (save.isSuccess || save.isError) save.reset();
    setProblem(undefined);
    setForm((f) => {
      // The mock's starter template ({"statusCode": 200}) means nothing to a backend: swap it out and back.
      const mockDefault = templatesKey([templateRow("application/json", DEFAULT_REQUEST_TEMPLATE)]);
      let templates = f.templates;
      if (type !== "MOCK" && templatesKey(f.templates) === mockDefault) templates = [];
      else if (type === "MOCK" && f.templates.length === 0 && !existing) templates = [templateRow("application/json", DEFAULT_REQUEST_TEMPLATE)];
      // Each family keeps its own URI while switching: an HTTP URL is no Lambda ARN.
      const family = (t: IntegrationType) => (t === "HTTP" || t === "HTTP_PROXY" ? "http" : t === "MOCK" ? "mock" : "lambda");
      uris.current[family(f.type)] = f.uri;
      const uri = uris.current[family(type)] ?? (family(type) === family(initial.type) ? initial.uri : "");
      return { ...f, type, templates, uri };
    });
  };

  const mappedPath = form.mappings.filter((r) => r.location === "path" && r.name.trim()).map((r) => r.name.trim());
  const isHttp = form.type === "HTTP" || form.type === "HTTP_PROXY";
  const uriError = isHttp && (touched || form.uri) ? validateEndpoint(form.uri, path, mappedPath) : undefined;
  const lambdaError =
    (form.type === "AWS_PROXY" || form.type === "AWS") && touched && !/^arn:aws:apigateway:[^:]+:[^:]+:(path|action)\/.+/.test(form.uri)
      ? "Pick a function, or enter an integration URI such as arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/{function ARN}/invocations."
      : undefined;
  const timeoutNum = Number(form.timeout);
  const timeoutError =
    !/^\d+$/.test(form.timeout.trim()) || timeoutNum < MIN_TIMEOUT || timeoutNum > MAX_TIMEOUT
      ? `Between ${MIN_TIMEOUT} and ${MAX_TIMEOUT} milliseconds.`
      : undefined;
  const rowProblems = applies.includes("mappings") ? mappingProblems(form.mappings, "request") : {};
  const templateProblems: ServerProblem[] = problem?.contentType ? [problem] : [];

  /** Path placeholders in the URI that nothing maps yet: mapped from the method's path parameter of the same name. */
  function implicitPathMappings(): MappingRow[] {
    if (!isHttp) return [];
    return uriPlaceholders(form.uri)
      .filter((p) => !mappedPath.includes(p) && resourcePathParams.includes(p))
      .map((p) => mappingRow("path", p, `method.request.path.${p}`));
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!resource) return;
    if (timeoutError) return;
    if (isHttp && validateEndpoint(form.uri, path, mappedPath)) return;
    if (lambdaError || ((form.type === "AWS_PROXY" || form.type === "AWS") && !form.uri)) return;
    if (Object.keys(rowProblems).length) return;

    const mappings = applies.includes("mappings") ? [...form.mappings.filter((r) => r.name.trim()), ...implicitPathMappings()] : [];
    const requestParameters = mappings.length ? rowsToMappings(mappings, "request") : undefined;
    const undeclared = [
      ...new Set(
        [...Object.values(requestParameters ?? {}), ...form.cacheKeys]
          .map((s) => undeclaredMethodParameter(s, method.requestParameters))
          .filter((s): s is string => !!s),
      ),
    ];
    const input: SaveIntegrationInput = {
      type: form.type,
      timeoutInMillis: timeoutNum,
      requestParameters,
      cacheKeyParameters: form.cacheKeys,
      // Path parameters are always required; query strings and headers a mapping reads are declared optional.
      methodParameters: Object.fromEntries(undeclared.map((p) => [p, p.startsWith("method.request.path.")])),
    };
    if (applies.includes("httpMethod")) input.httpMethod = form.type === "AWS" ? "POST" : form.httpMethod;
    if (form.type === "AWS_PROXY") input.httpMethod = "POST";
    if (applies.includes("uri")) input.uri = form.uri.trim();
    if (applies.includes("templates")) input.requestTemplates = rowsToTemplates(form.templates);
    if (applies.includes("passthrough")) input.passthroughBehavior = form.passthrough;
    if (applies.includes("contentHandling") && form.contentHandling) input.contentHandling = form.contentHandling;
    if (form.type === "MOCK") input.responseTemplates = { "application/json": form.responseTemplate };

    const what = changed.map((k) => FIELD_LABELS[k]);
    save.mutate(input, {
      onSuccess: () => {
        const declared = undeclared.length ? ` Declared on the method request: ${undeclared.join(", ")}.` : "";
        toast.success(existing ? "Integration saved" : "Integration set up", {
          description: existing
            ? `Changed: ${what.join(", ") || "nothing"}.${declared}`
            : form.type === "MOCK"
              ? "Mock with method response 200 and integration response 200."
              : `${form.type === "HTTP_PROXY" ? "HTTP proxy" : form.type === "HTTP" ? "HTTP" : "Lambda"} integration to ${form.uri}.${declared}`,
        });
      },
      onError: (err) => setProblem(parseServerProblem(errorMessage(err))),
    });
  }

  const playground = {
    apiId,
    httpMethod: verb,
    resourcePath: path,
    pathParameters: resourcePathParams,
    side: "request" as const,
  };
  const scope = `${apiId}.${resourceId}.${verb}`;
  const generalProblem = problem && !problem.contentType && !(problem.expression && applies.includes("mappings")) ? problem : undefined;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label="Integration request">
      {!existing ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm">
          <span className="font-medium">Not configured.</span>{" "}
          <span className="text-muted-foreground">Choose what this method calls, then save.</span>
        </p>
      ) : null}

      <fieldset className="grid grid-cols-4 gap-2">
        <legend className="mb-1.5 text-xs font-medium">Integration type</legend>
        <TypeCard value="MOCK" current={card} onSelect={selectCard} title="Mock" description="Answer from templates, no backend." icon={<Sparkles />} />
        <TypeCard value="HTTP" current={card} onSelect={selectCard} title="HTTP" description="Call an endpoint; map the request and response." icon={<Network />} />
        <TypeCard value="HTTP_PROXY" current={card} onSelect={selectCard} title="HTTP proxy" description="Pass the request and response through." icon={<Globe />} />
        <TypeCard value="LAMBDA" current={card} onSelect={selectCard} title="Lambda" description="Invoke one of your functions." icon={<SquareFunction />} />
      </fieldset>

      {isHttp ? (
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
                <>
                  {resourcePathParams.length ? (
                    <>
                      Use{" "}
                      {resourcePathParams.map((p, i) => (
                        <span key={p}>
                          {i ? ", " : ""}
                          <code className="font-mono">{`{${p}}`}</code>
                        </span>
                      ))}{" "}
                      for path parameters
                    </>
                  ) : (
                    <>
                      Use <code className="font-mono">{"{name}"}</code> with a path mapping below
                    </>
                  )}{" "}
                  and <code className="font-mono">{"${stageVariables.name}"}</code> for stage variables.
                </>
              }
            >
              <Input
                id="integration-uri"
                value={form.uri}
                placeholder="https://example.com/pets/{petId}"
                className="font-mono text-xs"
                spellCheck={false}
                autoComplete="off"
                aria-invalid={!!uriError}
                onChange={(e) => set("uri", e.target.value)}
              />
            </Field>
          </div>
        </Card>
      ) : null}

      {form.type === "AWS_PROXY" || form.type === "AWS" ? (
        <LambdaFields form={form} set={set} error={lambdaError} />
      ) : null}

      {applies.includes("mappings") ? (
        <Card>
          <CardHeader
            title="URL path, query string and header parameters"
            description={
              <>
                Set integration request parameters from the method request, <code className="font-mono">context</code>,{" "}
                <code className="font-mono">stageVariables</code> or a static value.
                {form.type === "HTTP_PROXY" ? " The client's own query string and headers are passed too." : ""}
              </>
            }
          />
          <div className="p-3">
            <ParameterMappingsEditor
              kind="request"
              rows={form.mappings}
              onChange={(rows) => set("mappings", rows)}
              suggestions={sourceSuggestions("request", { methodParameters: method.requestParameters, pathParameters: resourcePathParams })}
              showErrors={touched}
              serverProblem={problem?.expression ? problem : undefined}
              targetLabel="Parameter mappings"
              emptyText={
                implicitPathMappings().length
                  ? `No mappings. ${implicitPathMappings().map((r) => `{${r.name}}`).join(", ")} will be mapped from the method's path parameter of the same name.`
                  : "No mappings."
              }
              addLabel="Add parameter mapping"
            />
          </div>
        </Card>
      ) : null}

      {applies.includes("templates") ? (
        <Card>
          <CardHeader
            title="Mapping templates"
            description={
              form.type === "MOCK"
                ? "The request template picks the mock's status code: the integration response whose pattern matches it."
                : "Transform the request body by the request's Content-Type, in Velocity ($input, $util, $context)."
            }
          />
          <div className="flex flex-col gap-3 p-3">
            <TemplateMapEditor
              id="request"
              rows={form.templates}
              onChange={(rows) => set("templates", rows)}
              problems={templateProblems}
              playground={playground}
              playgroundScope={scope}
              examples={REQUEST_EXAMPLES}
              testIdPrefix="request-template"
              emptyText="No request templates: the body is passed as the passthrough behavior says."
              height={form.type === "MOCK" ? 110 : 180}
            />
            <Field
              label="Request body passthrough"
              htmlFor="integration-passthrough"
              hint={
                form.passthrough === "NEVER"
                  ? "Requests whose Content-Type has no template are refused with 415 Unsupported Media Type."
                  : form.passthrough === "WHEN_NO_TEMPLATES"
                    ? "Passes the body only when there are no templates at all; otherwise an unmatched Content-Type gets 415."
                    : "Passes the body as is when no template matches its Content-Type."
              }
              className="max-w-md"
            >
              <Select
                id="integration-passthrough"
                ariaLabel="Passthrough behavior"
                value={form.passthrough}
                onValueChange={(v) => set("passthrough", v)}
                options={[
                  { value: "WHEN_NO_MATCH", label: "When no template matches (WHEN_NO_MATCH)" },
                  { value: "WHEN_NO_TEMPLATES", label: "When there are no templates (WHEN_NO_TEMPLATES)" },
                  { value: "NEVER", label: "Never (NEVER)" },
                ]}
              />
            </Field>
          </div>
        </Card>
      ) : null}

      {form.type === "MOCK" ? (
        <SingleTemplateEditor
          label={
            <>
              200 response template <span className="font-normal text-muted-foreground">application/json · integration response 200</span>
            </>
          }
          hint="The body the mock returns. More responses and content types are under Integration response."
          testId="response-template-editor"
          ariaLabel="200 response template"
          value={form.responseTemplate}
          onChange={(v) => set("responseTemplate", v)}
          tryKey="mock-response"
          playground={{ ...playground, side: "response" }}
          playgroundScope={`${scope}.response`}
        />
      ) : null}

      <CacheKeyParameters
        candidates={cacheKeyCandidates(
          method.requestParameters,
          resourcePathParams,
          form.mappings.filter((r) => !r.literal).map((r) => r.source.trim()),
          form.cacheKeys,
        )}
        selected={form.cacheKeys}
        onChange={(keys) => set("cacheKeys", keys)}
      />

      <AdvancedSettings
        form={form}
        set={set}
        applies={applies}
        timeoutError={timeoutError}
        forceOpen={touched && !!timeoutError}
      />

      {generalProblem ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive">
          {generalProblem.message}
        </p>
      ) : problem && !generalProblem ? (
        <p role="alert" className="text-sm text-destructive">
          The server refused the integration: {problem.contentType ? `see the ${problem.contentType} template` : "see the parameter mappings"} above.
        </p>
      ) : null}

      <div className="sticky bottom-0 z-10 -mx-6 flex items-center justify-between gap-3 border-t border-border bg-background/95 px-6 py-3 backdrop-blur">
        <p className="min-w-0 truncate text-xs text-muted-foreground" aria-live="polite" data-testid="integration-changes">
          {changed.length && !save.isSuccess
            ? `Unsaved changes: ${changed.map((k) => FIELD_LABELS[k]).join(", ")}`
            : existing
              ? "No unsaved changes"
              : "Not saved yet"}
        </p>
        <div className="flex gap-2">
          {changed.length && !save.isSuccess ? (
            <Button
              onClick={() => {
                setForm(initial);
                setProblem(undefined);
                save.reset();
              }}
              disabled={save.isPending}
            >
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

function LambdaFields({
  form,
  set,
  error,
}: {
  form: Form;
  set: <K extends keyof Form>(k: K, v: Form[K]) => void;
  error?: string;
}) {
  const functions = useFunctions();
  const functionArn = LAMBDA_URI.exec(form.uri)?.[2];
  const options = (functions.data ?? []).map((f) => ({ value: f.FunctionArn, label: f.FunctionName }));
  if (functionArn && !options.some((o) => o.value === functionArn)) options.unshift({ value: functionArn, label: functionArn.split(":").pop() ?? functionArn });
  return (
    <Card className="flex flex-col gap-3 p-4">
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-3">
        <Field
          label="Function"
          htmlFor="integration-function"
          hint={
            functions.isError
              ? `Could not list functions: ${errorMessage(functions.error)}`
              : !functions.isLoading && !options.length
                ? "No functions yet: create one under Functions."
                : undefined
          }
        >
          <Select
            id="integration-function"
            ariaLabel="Lambda function"
            value={functionArn}
            placeholder={functions.isLoading ? "Loading functions…" : "Choose a function"}
            onValueChange={(arn) => set("uri", lambdaUri(arn))}
            options={options}
            disabled={!options.length}
          />
        </Field>
        <label className="mt-6 flex h-8 items-center gap-2 text-sm">
          <Switch
            checked={form.type === "AWS_PROXY"}
            onCheckedChange={(v) => set("type", v ? "AWS_PROXY" : "AWS")}
            aria-label="Lambda proxy integration"
          />
          Lambda proxy integration
        </label>
      </div>
      <Field label="Integration URI" htmlFor="integration-aws-uri" error={error}>
        <Input
          id="integration-aws-uri"
          value={form.uri}
          className="font-mono text-xs"
          spellCheck={false}
          placeholder="arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/…/invocations"
          onChange={(e) => set("uri", e.target.value)}
        />
      </Field>
      <p className="text-xs text-muted-foreground">
        {form.type === "AWS_PROXY"
          ? "The function receives the whole request as its event and returns statusCode, headers and body."
          : "The function receives what the request templates produce; integration responses map its result."}
      </p>
    </Card>
  );
}

function AdvancedSettings({
  form,
  set,
  applies,
  timeoutError,
  forceOpen,
}: {
  form: Form;
  set: <K extends keyof Form>(k: K, v: Form[K]) => void;
  applies: FieldKey[];
  timeoutError?: string;
  forceOpen: boolean;
}) {
  const [open, setOpen] = useState(false);
  const nonDefault = form.timeout !== String(MAX_TIMEOUT) || !!form.contentHandling;
  const shown = open || forceOpen;
  return (
    <div>
      <button
        type="button"
        className="inline-flex items-center gap-1 text-xs font-medium text-muted-foreground hover:text-foreground"
        onClick={() => setOpen((a) => !a)}
        aria-expanded={shown}
      >
        {shown ? <ChevronDown className="size-3.5" /> : <ChevronRight className="size-3.5" />}
        Advanced settings
        {!shown ? (
          <span className="font-normal">
            {" "}
            · timeout {form.timeout} ms{applies.includes("contentHandling") ? ` · content handling ${form.contentHandling || "passthrough"}` : ""}
          </span>
        ) : null}
        {nonDefault && !shown ? <span className="ml-1 size-1.5 rounded-full bg-primary" aria-hidden /> : null}
      </button>
      {shown ? (
        <div className="mt-3 grid grid-cols-2 gap-3">
          <Field label="Timeout (ms)" htmlFor="integration-timeout" error={timeoutError} hint={`${MIN_TIMEOUT}–${MAX_TIMEOUT} ms. Slower backends get 504.`}>
            <Input
              id="integration-timeout"
              inputMode="numeric"
              value={form.timeout}
              aria-invalid={!!timeoutError}
              onChange={(e) => set("timeout", e.target.value)}
            />
          </Field>
          {applies.includes("contentHandling") ? (
            <Field label="Content handling" htmlFor="integration-content-handling" hint="How a binary or text request body is converted before the template.">
              <ContentHandlingSelect id="integration-content-handling" ariaLabel="Content handling" value={form.contentHandling} onChange={(v) => set("contentHandling", v)} />
            </Field>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
