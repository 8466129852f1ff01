"use client";
import { Link2, Save } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { useQueryClient } from "@tanstack/react-query";
import { CodeEditor } from "@/components/editor/code-editor";
import type { EditorMarker } from "@/components/editor/monaco-client";
import { escapePointer } from "@/components/data/patch-path";
import { controlApi, errorMessage, seg } from "@/components/data/control-api";
import { queryKeys } from "@/components/data/query-keys";
import type { RenderResult } from "@/components/data/use-render-template";
import type { Method } from "@/components/data/types";
import { parseServerProblem } from "@/components/mapping/mapping-expressions";
import { useDebounced } from "@/components/mapping/playground-sample";
import { describeFailure, TemplatePlayground } from "@/components/mapping/template-playground";
import { pathParams } from "@/components/resources/path-text";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";

const SCRATCH = "scratch";
const SCRATCH_TEMPLATE = `#set($body = $input.path('$'))
{
  "greeting": "Hello, $util.escapeJavaScript($body.name)!",
  "petId": "$input.params('petId')",
  "requestId": "$context.requestId"
}`;

interface Source {
  value: string;
  label: string;
  side: "request" | "response";
  template: string;
  /** The PATCH that saves it: the resource path and the patch path. */
  save: { path: string; patchPath: string };
}


function sourcesOf(method: Method, base: string): Source[] {
  const out: Source[] = [];
  const integ = method.methodIntegration;
  for (const [ct, t] of Object.entries(integ?.requestTemplates ?? {})) {
    out.push({
      value: `request:${ct}`,
      label: `Integration request · ${ct}`,
      side: "request",
      template: t ?? "",
      save: { path: `${base}/integration`, patchPath: `/requestTemplates/${escapePointer(ct)}` },
    });
  }
  for (const r of Object.values(integ?.integrationResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode))) {
    for (const [ct, t] of Object.entries(r.responseTemplates ?? {})) {
      out.push({
        value: `response:${r.statusCode}:${ct}`,
        label: `Integration response ${r.statusCode} · ${ct}`,
        side: "response",
        template: t ?? "",
        save: { path: `${base}/integration/responses/${seg(r.statusCode)}`, patchPath: `/responseTemplates/${escapePointer(ct)}` },
      });
    }
  }
  return out;
}

/**
 * The template playground as its own view (`?panel=playground`): pick one of the method's
 * templates (`&source=request:application/json`) or write a scratch one (`&template=…`, kept in
 * the URL so the link can be shared), render it live against a sample request, and save it back.
 */
export function PlaygroundPanel({
  apiId,
  resourceId,
  verb,
  method,
  resourcePath,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  resourcePath: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const qc = useQueryClient();
  const base = `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`;
  const sources = useMemo(() => sourcesOf(method, base), [method, base]);
  const requested = search.get("source") ?? SCRATCH;
  const source = sources.find((s) => s.value === requested);
  const sourceKey = source?.value ?? SCRATCH;

  return (
    <PlaygroundEditor
      // A new source (or the saved text changing) starts from its saved template.
      key={`${sourceKey}:${source?.template ?? ""}`}
      apiId={apiId}
      resourceId={resourceId}
      verb={verb}
      resourcePath={resourcePath}
      sources={sources}
      source={source}
      initialScratch={search.get("template") ?? SCRATCH_TEMPLATE}
      onSelect={(value) => {
        const params = new URLSearchParams(search.toString());
        params.delete("template");
        if (value === SCRATCH) params.delete("source");
        else params.set("source", value);
        router.replace(`${pathname}?${params}`, { scroll: false });
      }}
      onScratchChange={(text) => {
        const params = new URLSearchParams(search.toString());
        if (params.get("template") === text) return;
        params.set("template", text);
        router.replace(`${pathname}?${params}`, { scroll: false });
      }}
      onSaved={() => qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) })}
    />
  );
}

function PlaygroundEditor({
  apiId,
  resourceId,
  verb,
  resourcePath,
  sources,
  source,
  initialScratch,
  onSelect,
  onScratchChange,
  onSaved,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  resourcePath: string;
  sources: Source[];
  source: Source | undefined;
  initialScratch: string;
  onSelect: (value: string) => void;
  onScratchChange: (text: string) => void;
  onSaved: () => void;
}) {
  const initial = source ? source.template : initialScratch;
  const [template, setTemplate] = useState(initial);
  const [result, setResult] = useState<RenderResult | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<{ message: string; line?: number; column?: number } | undefined>();
  const dirty = !!source && template !== source.template;
  useUnsavedChangesGuard(dirty && !saving);

  // Scratch templates live in the URL (debounced), so a reload or a shared link shows the same text.
  const debounced = useDebounced(template, 600);
  useEffect(() => {
    if (!source && debounced !== initialScratch) onScratchChange(debounced);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const markers: EditorMarker[] = [];
  if (saveError?.line) markers.push({ line: saveError.line, column: saveError.column, message: saveError.message });
  else if (result && !result.ok && result.line) markers.push({ line: result.line, column: result.column, message: describeFailure(result) });

  async function save() {
    if (!source) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await controlApi(source.save.path, {
        method: "PATCH",
        body: { patchOperations: [{ op: "replace", path: source.save.patchPath, value: template }] },
      });
      toast.success("Template saved", { description: `${source.label}. Deploy to serve it.` });
      onSaved();
    } catch (err) {
      const p = parseServerProblem(errorMessage(err));
      setSaveError({ message: p.message, line: p.line, column: p.column });
    } finally {
      setSaving(false);
    }
  }

  const options = [{ value: SCRATCH, label: "Scratch template (not saved)" }, ...sources.map((s) => ({ value: s.value, label: s.label }))];

  return (
    <div className="flex flex-col gap-3" data-testid="playground-panel">
      <p className="text-sm text-muted-foreground">
        Render a mapping template against a sample request with the gateway&apos;s own engine, as you type. Errors point at their line.
      </p>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-1.5">
          <label className="text-xs font-medium" htmlFor="playground-source">
            Template
          </label>
          <Select
            id="playground-source"
            ariaLabel="Template to try"
            value={source?.value ?? SCRATCH}
            onValueChange={onSelect}
            options={options}
            className="w-80"
          />
        </div>
        <div className="flex items-center gap-2">
          {source ? (
            <Button variant="primary" onClick={save} loading={saving} disabled={!dirty}>
              {saving ? null : <Save />} Save template
            </Button>
          ) : (
            <Button
              variant="outline"
              onClick={async () => {
                const url = new URL(window.location.href);
                url.searchParams.set("template", template);
                try {
                  await navigator.clipboard.writeText(url.toString());
                  toast.success("Link copied", { description: "It opens this playground with this template." });
                } catch {
                  toast.error("Could not copy the link");
                }
              }}
            >
              <Link2 /> Copy link
            </Button>
          )}
        </div>
      </div>
      <CodeEditor
        testId="playground-template-editor"
        ariaLabel="Template"
        language="vtl"
        value={template}
        onChange={(t) => {
          setTemplate(t);
          setSaveError(undefined);
        }}
        height={220}
        markers={markers}
      />
      {saveError ? (
        <p role="alert" className="text-xs text-destructive">
          Not saved: {saveError.message}
        </p>
      ) : dirty ? (
        <p className="text-xs text-muted-foreground">Edited: not saved yet.</p>
      ) : null}
      <TemplatePlayground
        template={template}
        scope={`${apiId}.${resourceId}.${verb}${source?.side === "response" ? ".response" : ""}`}
        context={{
          apiId,
          httpMethod: verb,
          resourcePath,
          pathParameters: pathParams(resourcePath).map((p) => p.name),
          side: source?.side ?? "request",
        }}
        onResult={setResult}
      />
    </div>
  );
}
