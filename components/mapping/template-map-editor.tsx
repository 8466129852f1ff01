"use client";
import { FlaskConical, Plus, Trash, WandSparkles } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import { CodeEditor } from "@/components/editor/code-editor";
import type { EditorMarker } from "@/components/editor/monaco-client";
import type { RenderResult } from "@/components/data/use-render-template";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { CONTENT_TYPE_SUGGESTIONS, MEDIA_TYPE, type ServerProblem } from "./mapping-expressions";
import type { PlaygroundContext } from "./playground-sample";
import type { TemplateExample } from "./template-examples";
import { describeFailure, TemplatePlayground } from "./template-playground";

export interface TemplateRow {
  id: string;
  contentType: string;
  template: string;
}

let seq = 0;
export const templateRow = (contentType: string, template = ""): TemplateRow => ({ id: `t${++seq}`, contentType, template });

export function templatesToRows(templates: Record<string, string> | undefined): TemplateRow[] {
  return Object.entries(templates ?? {}).map(([ct, t]) => templateRow(ct, t ?? ""));
}

export function rowsToTemplates(rows: TemplateRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.contentType.trim(), r.template]));
}

/** A stable text form of templates, to compare an edited list with the saved one. */
export const templatesKey = (rows: TemplateRow[]) => JSON.stringify(rows.map((r) => [r.contentType.trim(), r.template]));

/**
 * Mapping templates keyed by content type: one Velocity editor per content type, add and remove
 * content types, examples, and "Try it" — the template playground under the editor, rendering
 * the unsaved text live (which one is open is in the URL: `?try={id}:{content type}`). Server
 * problems (a template that does not parse) are shown at their template with the line marked.
 */
export function TemplateMapEditor({
  id,
  rows,
  onChange,
  problems = [],
  playground,
  playgroundScope,
  examples = [],
  emptyText = "No templates.",
  testIdPrefix,
  height = 180,
  addLabel = "Add content type",
}: {
  id: string;
  rows: TemplateRow[];
  onChange: (rows: TemplateRow[]) => void;
  problems?: ServerProblem[];
  playground?: PlaygroundContext;
  playgroundScope?: string;
  examples?: TemplateExample[];
  emptyText?: React.ReactNode;
  testIdPrefix: string;
  height?: number;
  addLabel?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const inputId = useId();
  const [adding, setAdding] = useState("");
  const [tried, setTried] = useState(false);
  const [results, setResults] = useState<Record<string, RenderResult | undefined>>({});

  const tryParam = search.get("try");
  const open = tryParam?.startsWith(`${id}:`) ? tryParam.slice(id.length + 1) : undefined;
  const setOpen = (ct: string | undefined) => {
    const params = new URLSearchParams(search.toString());
    if (ct) params.set("try", `${id}:${ct}`);
    else params.delete("try");
    const qs = params.toString();
    router.replace(`${pathname}${qs ? `?${qs}` : ""}`, { scroll: false });
  };

  const ct = adding.trim();
  const addError = !ct
    ? undefined
    : !MEDIA_TYPE.test(ct)
      ? "A content type looks like type/subtype, e.g. application/json."
      : rows.some((r) => r.contentType.trim().toLowerCase() === ct.toLowerCase())
        ? `${ct} already has a template.`
        : undefined;

  function add() {
    setTried(true);
    if (!ct || addError) return;
    onChange([...rows, templateRow(ct, "")]);
    setAdding("");
    setTried(false);
  }

  const update = (rowId: string, patch: Partial<TemplateRow>) => onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));

  return (
    <div className="flex flex-col gap-3">
      {rows.length === 0 ? <p className="rounded-md border border-dashed border-border px-3 py-3 text-sm text-muted-foreground">{emptyText}</p> : null}
      {rows.map((row) => {
        const problem = problems.find((p) => p.contentType?.toLowerCase() === row.contentType.trim().toLowerCase());
        const trying = open === row.contentType.trim();
        const result = trying ? results[row.contentType] : undefined;
        const markers: EditorMarker[] = [];
        if (problem?.line) markers.push({ line: problem.line, column: problem.column, message: problem.message });
        else if (result && !result.ok && result.line) markers.push({ line: result.line, column: result.column, message: describeFailure(result) });
        return (
          <section
            key={row.id}
            className={cn("flex flex-col gap-2 rounded-lg border bg-card p-3", problem ? "border-destructive/50" : "border-border")}
            aria-label={`Template ${row.contentType}`}
          >
            <div className="flex items-center justify-between gap-2">
              <span className="min-w-0 truncate font-mono text-xs font-medium" title={row.contentType}>
                {row.contentType}
              </span>
              <div className="flex shrink-0 items-center gap-1">
                {examples.length ? (
                  <DropdownMenu>
                    <DropdownMenuTrigger asChild>
                      <Button size="sm" variant="ghost" aria-label={`Insert an example into the ${row.contentType} template`}>
                        <WandSparkles /> Examples
                      </Button>
                    </DropdownMenuTrigger>
                    <DropdownMenuContent className="w-72">
                      <DropdownMenuLabel>Replace the template with</DropdownMenuLabel>
                      {examples.map((ex) => (
                        <DropdownMenuItem key={ex.label} onSelect={() => update(row.id, { template: ex.template })} className="flex-col items-start gap-0">
                          <span className="font-medium">{ex.label}</span>
                          <span className="text-xs text-muted-foreground">{ex.description}</span>
                        </DropdownMenuItem>
                      ))}
                    </DropdownMenuContent>
                  </DropdownMenu>
                ) : null}
                {playground ? (
                  <Button
                    size="sm"
                    variant={trying ? "secondary" : "ghost"}
                    aria-pressed={trying}
                    aria-label={`Try the ${row.contentType} template`}
                    onClick={() => setOpen(trying ? undefined : row.contentType.trim())}
                  >
                    <FlaskConical /> {trying ? "Close playground" : "Try it"}
                  </Button>
                ) : null}
                <Button
                  size="icon-sm"
                  variant="ghost"
                  aria-label={`Remove the ${row.contentType} template`}
                  onClick={() => {
                    if (trying) setOpen(undefined);
                    onChange(rows.filter((r) => r.id !== row.id));
                  }}
                >
                  <Trash className="text-muted-foreground" />
                </Button>
              </div>
            </div>
            <CodeEditor
              testId={`${testIdPrefix}-${row.contentType.trim()}`}
              ariaLabel={`${row.contentType} template`}
              language="vtl"
              value={row.template}
              onChange={(template) => update(row.id, { template })}
              height={height}
              markers={markers}
            />
            {problem ? (
              <p role="alert" className="text-xs text-destructive" data-testid={`${testIdPrefix}-problem`}>
                {problem.line ? `Line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}: ` : ""}
                {problem.message.replace(/\s*\(line \d+(?:, column \d+)?\)\s*$/, "")}
              </p>
            ) : null}
            {trying && playground ? (
              <TemplatePlayground
                template={row.template}
                scope={playgroundScope ?? playground.apiId}
                context={playground}
                onResult={(r) => setResults((prev) => ({ ...prev, [row.contentType]: r }))}
              />
            ) : null}
          </section>
        );
      })}
      <div className="flex items-start gap-2" role="group" aria-label={`${addLabel} (${id})`}>
        <div className="flex w-80 min-w-0 flex-col gap-1">
          <Input
            list={`${inputId}-types`}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            placeholder="Content type, e.g. application/json"
            aria-label={`New ${id} template content type`}
            aria-invalid={tried && !!addError}
            className="font-mono text-xs"
          />
          <datalist id={`${inputId}-types`}>
            {CONTENT_TYPE_SUGGESTIONS.filter((s) => !rows.some((r) => r.contentType === s)).map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          {ct && addError ? <p className="text-xs text-destructive">{addError}</p> : null}
        </div>
        <Button type="button" size="md" onClick={() => add()} disabled={!ct || !!addError}>
          <Plus /> {addLabel}
        </Button>
      </div>
    </div>
  );
}
