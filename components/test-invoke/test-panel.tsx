"use client";
import { ChevronDown, ChevronRight, FlaskConical, ListClock, Play, RotateCcw, Trash } from "lucide-react";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { CodeEditor } from "@/components/editor/code-editor";
import { errorMessage } from "@/components/data/control-api";
import { useTestInvoke } from "@/components/data/use-test-invoke";
import type { Method } from "@/components/data/types";
import { PathPart, pathParams } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { KeyValueEditor, newRow, rowsToRecord, type KeyValueRow } from "@/components/ui/key-value-editor";
import { formatRelative } from "@/components/ui/relative-time";
import { addRun, clearRuns, historyKey, useTestHistory, type TestInput, type TestRun } from "./test-history";
import { TestResult } from "./test-result";

/** Fills `{param}` / `{proxy+}` in a resource path; greedy values keep their slashes. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+?)(\+?)\}/g, (_m, name: string, greedy: string) => {
    const v = values[name] ?? "";
    return greedy ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v);
  });
}

function buildPathWithQuery(path: string, input: TestInput): string {
  const q = input.query.trim().replace(/^\?/, "");
  return fillPath(path, input.pathParams) + (q ? `?${q}` : "");
}

/** Test: run the method through the gateway pipeline without deploying, and keep earlier runs. */
export function TestPanel({
  apiId,
  resourceId,
  verb,
  path,
  method,
  baseHref,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  path: string;
  method: Method;
  baseHref: string;
}) {
  const invoke = useTestInvoke(apiId, resourceId, verb);
  const key = historyKey(apiId, resourceId, verb);
  const history = useTestHistory(key);
  const params = useMemo(() => pathParams(path), [path]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [query, setQuery] = useState("");
  const [headers, setHeaders] = useState<KeyValueRow[]>([]);
  const [stageVars, setStageVars] = useState<KeyValueRow[]>([]);
  const [showStageVars, setShowStageVars] = useState(false);
  const [body, setBody] = useState(verb === "GET" || verb === "HEAD" ? "" : "{\n  \n}");
  const [touched, setTouched] = useState(false);
  const [current, setCurrent] = useState<TestRun | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Bring each new result into view: the request form above it is tall.
  useEffect(() => {
    if (current) resultRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [current]);

  const input: TestInput = {
    pathParams: values,
    query,
    headers: headers.map(({ key, value }) => ({ key, value })),
    stageVariables: stageVars.map(({ key, value }) => ({ key, value })),
    body,
  };
  const missing = params.filter((p) => !values[p.name]?.trim());
  const preview = path ? buildPathWithQuery(path, input) : "";

  function run(inp: TestInput) {
    const pathWithQueryString = buildPathWithQuery(path, inp);
    const started: TestRun = { id: crypto.randomUUID(), at: Date.now(), pathWithQueryString, input: inp };
    const headerMap = rowsToRecord(inp.headers.map((h) => ({ id: "", ...h })));
    const stageVariables = rowsToRecord(inp.stageVariables.map((h) => ({ id: "", ...h })));
    invoke.mutate(
      {
        pathWithQueryString,
        ...(inp.body.trim() ? { body: inp.body } : {}),
        ...(headerMap ? { headers: headerMap } : {}),
        ...(stageVariables ? { stageVariables } : {}),
      },
      {
        onSuccess: (response) => {
          const done = { ...started, response };
          addRun(key, done);
          setCurrent(done);
        },
        onError: (err) => {
          const failed = { ...started, error: errorMessage(err) };
          addRun(key, failed);
          setCurrent(failed);
        },
      },
    );
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (missing.length) return;
    run(input);
  }

  function load(r: TestRun) {
    setValues(r.input.pathParams);
    setQuery(r.input.query);
    setHeaders(r.input.headers.map((h) => newRow(h.key, h.value)));
    setStageVars(r.input.stageVariables.map((h) => newRow(h.key, h.value)));
    setShowStageVars(r.input.stageVariables.length > 0);
    setBody(r.input.body);
    setCurrent(r);
  }

  if (!method.methodIntegration) {
    return (
      <EmptyState
        icon={<FlaskConical />}
        title="Nothing to test yet"
        description="This method has no integration, so a test would fail. Set it up first."
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

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <form onSubmit={submit} noValidate aria-label="Test request">
          <div className="grid grid-cols-2 gap-x-5 gap-y-4 p-4">
            <div className="flex min-w-0 flex-col gap-4">
            {params.length ? (
              <div className="grid grid-cols-1 gap-3">
                {params.map((p) => {
                  const err = touched && !values[p.name]?.trim() ? `Enter a value for {${p.name}${p.greedy ? "+" : ""}}.` : undefined;
                  return (
                    <Field
                      key={p.name}
                      label={<PathPart part={`{${p.name}${p.greedy ? "+" : ""}}`} />}
                      htmlFor={`test-param-${p.name}`}
                      error={err}
                      hint={p.greedy ? "The rest of the path; slashes allowed." : undefined}
                    >
                      <Input
                        id={`test-param-${p.name}`}
                        aria-label={`Path parameter ${p.name}`}
                        value={values[p.name] ?? ""}
                        placeholder={p.greedy ? "a/b/c" : "7"}
                        className="font-mono text-xs"
                        aria-invalid={!!err}
                        onChange={(e) => setValues((v) => ({ ...v, [p.name]: e.target.value }))}
                      />
                    </Field>
                  );
                })}
              </div>
            ) : null}
            <Field label="Query string" htmlFor="test-query" optional>
              <Input
                id="test-query"
                value={query}
                placeholder="limit=10&type=dog"
                className="font-mono text-xs"
                onChange={(e) => setQuery(e.target.value)}
              />
            </Field>
            <Field label="Headers" optional>
              <KeyValueEditor
                rows={headers}
                onChange={setHeaders}
                label="Header"
                keyPlaceholder="Accept"
                valuePlaceholder="application/json"
                addLabel="Add header"
              />
            </Field>
            <div>
              <button
                type="button"
                className="inline-flex items-center gap-1 text-xs font-medium text-muted-foreground hover:text-foreground"
                onClick={() => setShowStageVars((s) => !s)}
                aria-expanded={showStageVars}
              >
                {showStageVars ? <ChevronDown className="size-3.5" /> : <ChevronRight className="size-3.5" />}
                Stage variables{stageVars.length ? ` (${stageVars.length})` : ""}
              </button>
              {showStageVars ? (
                <div className="mt-2">
                  <KeyValueEditor rows={stageVars} onChange={setStageVars} label="Stage variable" addLabel="Add stage variable" />
                </div>
              ) : null}
            </div>
            </div>
            <Field label="Request body" optional className="min-w-0">
              <CodeEditor testId="test-body-editor" ariaLabel="Request body" value={body} onChange={setBody} height={200} />
            </Field>
          </div>
          <div className="flex items-center justify-between gap-3 border-t border-border bg-subtle px-4 py-3">
            <code className="min-w-0 truncate font-mono text-xs text-muted-foreground" title={preview}>
              {verb} {preview}
            </code>
            <Button type="submit" variant="primary" loading={invoke.isPending} data-testid="run-test">
              {invoke.isPending ? null : <Play />} Test
            </Button>
          </div>
        </form>
      </Card>

      {current ? (
        <Card ref={resultRef} className="scroll-mt-4">
          <CardHeader
            title="Response"
            description={
              <span className="font-mono">
                {verb} {current.pathWithQueryString}
              </span>
            }
          />
          <div className="p-4">
            {current.response ? (
              <TestResult response={current.response} />
            ) : (
              <FormError error={new Error(current.error ?? "The test failed.")} />
            )}
          </div>
        </Card>
      ) : invoke.isPending ? null : (
        <p className="text-sm text-muted-foreground">
          Runs the method through the same pipeline as the gateway, without deploying. Stage variables are empty unless
          you set them.
        </p>
      )}

      {history.length ? (
        <Card>
          <CardHeader
            title={
              <span className="flex items-center gap-1.5">
                <ListClock className="size-4 text-muted-foreground" /> Earlier requests
              </span>
            }
            description="Kept for this browser session."
            actions={
              <Button size="sm" variant="ghost" onClick={() => clearRuns(key)}>
                <Trash /> Clear
              </Button>
            }
          />
          <ul className="divide-y divide-border" aria-label="Earlier test requests">
            {history.map((r) => (
              <li
                key={r.id}
                className={cn("flex items-center gap-3 px-4 py-2 text-sm", current?.id === r.id && "bg-accent/50")}
              >
                {r.response ? (
                  <Badge
                    tone={r.response.status >= 500 ? "destructive" : r.response.status >= 400 ? "warning" : "success"}
                    className="font-mono"
                  >
                    {r.response.status}
                  </Badge>
                ) : (
                  <Badge tone="destructive">failed</Badge>
                )}
                <button
                  type="button"
                  onClick={() => load(r)}
                  className="min-w-0 flex-1 truncate text-left font-mono text-xs hover:underline"
                  title="Show this request and its response"
                >
                  {verb} {r.pathWithQueryString}
                </button>
                <span className="shrink-0 text-xs text-muted-foreground">
                  {r.response?.latency !== undefined ? `${r.response.latency} ms · ` : ""}
                  {formatRelative(new Date(r.at))}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Replay ${verb} ${r.pathWithQueryString}`}
                  onClick={() => {
                    load(r);
                    run(r.input);
                  }}
                  disabled={invoke.isPending}
                >
                  <RotateCcw /> Replay
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
