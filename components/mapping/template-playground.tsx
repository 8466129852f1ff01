"use client";
import { CircleCheck, CircleX, LoaderCircle, RotateCcw } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { CodeEditor } from "@/components/editor/code-editor";
import { errorMessage } from "@/components/data/control-api";
import { useRenderTemplate, type RenderResult, type RenderSample } from "@/components/data/use-render-template";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { KeyValueEditor, rowsToRecord } from "@/components/ui/key-value-editor";
import { Segmented } from "@/components/ui/tabs";
import { useDebounced, usePlaygroundSample, type PlaygroundContext } from "./playground-sample";

type SampleTab = "body" | "headers" | "query" | "path" | "stage";

const BODY_LABEL: Record<PlaygroundContext["side"], string> = {
  request: "Request body",
  response: "Backend response body",
  gateway: "Request body",
};

/** "Line 3, column 5: …" for a failed render. */
export function describeFailure(r: Extract<RenderResult, { ok: false }>): string {
  const where = r.line ? `Line ${r.line}${r.column ? `, column ${r.column}` : ""}: ` : "";
  const msg = r.message.replace(/\s*\(line \d+(?:, column \d+)?\)\s*$/, "");
  return `${where}${msg}`;
}

/**
 * The template playground's sample request and live output. The parent owns the template (and
 * its editor); `onResult` reports each render so the parent can mark the failing line.
 */
export function TemplatePlayground({
  template,
  scope,
  context,
  onResult,
  className,
}: {
  template: string;
  scope: string;
  context: PlaygroundContext;
  onResult?: (result: RenderResult | undefined) => void;
  className?: string;
}) {
  const { sample, setSample, reset } = usePlaygroundSample(scope, context);
  const [tab, setTab] = useState<SampleTab>("body");

  const request: RenderSample = useMemo(
    () => ({
      template,
      body: sample.body,
      headers: rowsToRecord(sample.headers) ?? {},
      queryString: sample.query.replace(/^\?/, ""),
      pathParameters: rowsToRecord(sample.pathParameters) ?? {},
      stageVariables: rowsToRecord(sample.stageVariables) ?? {},
      httpMethod: !context.httpMethod || context.httpMethod === "ANY" ? "POST" : context.httpMethod,
      resourcePath: context.resourcePath ?? "/",
      apiId: context.apiId,
      stage: "test",
      ...(context.error ? { error: context.error } : {}),
    }),
    [template, sample, context.httpMethod, context.resourcePath, context.apiId, context.error],
  );
  const debouncedJson = useDebounced(JSON.stringify(request), 300);
  const debounced = useMemo(() => JSON.parse(debouncedJson) as RenderSample, [debouncedJson]);
  const render = useRenderTemplate(debounced);
  const pending = render.isFetching || debouncedJson !== JSON.stringify(request);
  const result = render.data;

  useEffect(() => {
    onResult?.(result);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);
  useEffect(() => () => onResult?.(undefined), []); // eslint-disable-line react-hooks/exhaustive-deps

  const count = (n: number) =>
    n ? <span className="ml-1 rounded bg-muted-foreground/15 px-1 text-[10px] tabular-nums">{n}</span> : null;
  const filled = (rows: { key: string }[]) => rows.filter((r) => r.key.trim()).length;

  let outputJson: string | undefined;
  if (result?.ok && result.output.trim()) {
    try {
      outputJson = JSON.stringify(JSON.parse(result.output), null, 2);
    } catch {}
  }
  const overrides = result?.ok ? result.overrides : undefined;
  const overrideLines = overrides
    ? [
        ...(overrides.status !== undefined ? [`status → ${overrides.status}`] : []),
        ...Object.entries(overrides.responseHeaders ?? {}).map(([k, v]) => `response header ${k} → ${v}`),
        ...Object.entries(overrides.requestHeaders ?? {}).map(([k, v]) => `request header ${k} → ${v}`),
        ...Object.entries(overrides.requestQuerystring ?? {}).map(([k, v]) => `query ${k} → ${v}`),
        ...Object.entries(overrides.requestPath ?? {}).map(([k, v]) => `path ${k} → ${v}`),
      ]
    : [];

  return (
    <div className={cn("grid grid-cols-2 gap-3", className)} data-testid="template-playground">
      <Card className="flex min-w-0 flex-col">
        <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
          <h4 className="text-xs font-semibold">Sample request</h4>
          <Button size="sm" variant="ghost" onClick={reset} aria-label="Reset the sample request">
            <RotateCcw /> Reset
          </Button>
        </div>
        <div className="flex flex-col gap-2 p-3">
          <div className="overflow-x-auto">
            <Segmented<SampleTab>
              label="Sample request part"
              value={tab}
              onChange={setTab}
              options={[
                { value: "body", label: "Body" },
                { value: "headers", label: <span className="whitespace-nowrap">Headers{count(filled(sample.headers))}</span> },
                { value: "query", label: "Query" },
                ...(context.side === "gateway"
                  ? []
                  : [{ value: "path" as const, label: <span className="whitespace-nowrap">Path{count(filled(sample.pathParameters))}</span> }]),
                {
                  value: "stage",
                  label: (
                    <span className="whitespace-nowrap" title="Stage variables">
                      Stage{count(filled(sample.stageVariables))}
                    </span>
                  ),
                },
              ]}
            />
          </div>
          {tab === "body" ? (
            <div className="flex flex-col gap-1">
              <span className="text-xs text-muted-foreground">{BODY_LABEL[context.side]} ($input.body)</span>
              <CodeEditor
                testId="playground-body-editor"
                ariaLabel="Sample body"
                value={sample.body}
                onChange={(body) => setSample((s) => ({ ...s, body }))}
                height={168}
                minimal
              />
            </div>
          ) : tab === "headers" ? (
            <KeyValueEditor
              label="Sample header"
              rows={sample.headers}
              onChange={(headers) => setSample((s) => ({ ...s, headers }))}
              keyPlaceholder="Header"
              addLabel="Add header"
            />
          ) : tab === "query" ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${scope}-query`} className="text-xs text-muted-foreground">
                Query string ($input.params().querystring)
              </label>
              <Input
                id={`${scope}-query`}
                value={sample.query}
                placeholder="limit=10&type=dog"
                className="font-mono text-xs"
                onChange={(e) => setSample((s) => ({ ...s, query: e.target.value }))}
                spellCheck={false}
              />
            </div>
          ) : tab === "path" ? (
            <KeyValueEditor
              label="Sample path parameter"
              rows={sample.pathParameters}
              onChange={(pathParameters) => setSample((s) => ({ ...s, pathParameters }))}
              keyPlaceholder="Name"
              addLabel="Add path parameter"
            />
          ) : (
            <KeyValueEditor
              label="Sample stage variable"
              rows={sample.stageVariables}
              onChange={(stageVariables) => setSample((s) => ({ ...s, stageVariables }))}
              keyPlaceholder="Name"
              addLabel="Add stage variable"
            />
          )}
        </div>
      </Card>

      <Card className="flex min-w-0 flex-col" aria-label="Rendered output" role="region">
        <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
          <h4 className="text-xs font-semibold">Output</h4>
          <span className="flex items-center gap-1.5 text-xs" data-testid="playground-status" aria-live="polite">
            {pending ? (
              <>
                <LoaderCircle className="size-3.5 animate-spin text-muted-foreground" /> Rendering…
              </>
            ) : render.isError ? (
              <span className="text-destructive">Could not render</span>
            ) : result?.ok ? (
              <>
                <CircleCheck className="size-3.5 text-success" /> Rendered
              </>
            ) : result ? (
              <>
                <CircleX className="size-3.5 text-destructive" />
                <span className="text-destructive">{result.phase === "compile" ? "Does not parse" : "Failed at run time"}</span>
              </>
            ) : null}
            {result?.ok ? <CopyButton value={result.output} label="Copy the output" /> : null}
          </span>
        </div>
        <div className="flex min-h-0 flex-1 flex-col gap-2 p-3">
          {render.isError ? (
            <p role="alert" className="text-xs text-destructive">
              {errorMessage(render.error)}
            </p>
          ) : result && !result.ok ? (
            <p
              role="alert"
              data-testid="playground-error"
              className="rounded-md border border-destructive/30 bg-destructive-soft px-2.5 py-2 font-mono text-xs break-words text-destructive"
            >
              {describeFailure(result)}
            </p>
          ) : null}
          {result?.ok ? (
            <>
              <pre
                data-testid="playground-output"
                className="max-h-64 min-h-24 overflow-auto rounded-md border border-border bg-subtle px-2.5 py-2 font-mono text-xs break-words whitespace-pre-wrap"
              >
                {result.output === "" ? <span className="text-muted-foreground italic">(empty output)</span> : outputJson ?? result.output}
              </pre>
              {outputJson !== undefined && outputJson !== result.output ? (
                <p className="text-[11px] text-muted-foreground">Valid JSON, shown indented; the gateway sends it as rendered.</p>
              ) : null}
              {overrideLines.length ? (
                <div className="text-xs">
                  <p className="font-medium">Overrides</p>
                  <ul className="mt-0.5 list-inside list-disc font-mono text-[11px] text-muted-foreground">
                    {overrideLines.map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </>
          ) : !result && !render.isError ? (
            <div className="h-24 animate-pulse rounded-md bg-muted" />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
