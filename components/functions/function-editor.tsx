"use client";
import { FilePlus2, Rocket, Save, Upload, X } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { useFunction } from "@/components/data/use-function";
import { useFunctionFiles } from "@/components/data/use-function-files";
import { useUpdateFunctionCode } from "@/components/data/use-update-function-code";
import { useUploadFunctionZip } from "@/components/data/use-upload-function-zip";
import { CodeEditor } from "@/components/editor/code-editor";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ErrorState, FormError } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { PublishVersionDialog } from "./publish-version-dialog";
import { languageOf } from "./templates";

/**
 * The code of $LATEST: its text files in tabs, Monaco with the Lambda / API Gateway typings,
 * Save (UpdateFunctionCode; TypeScript is transpiled by the server once) and Publish version.
 */
export function FunctionEditor({ name }: { name: string }) {
  const fn = useFunction(name);
  const files = useFunctionFiles(name);
  const save = useUpdateFunctionCode(name);
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const upload = useUploadFunctionZip(name);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void import("./monaco-lambda-types").then((m) => m.installLambdaTypes());
  }, []);

  useEffect(() => {
    if (files.data && draft === null) {
      setDraft(files.data.files);
      const handlerFile = handlerFileOf(files.data.handler, Object.keys(files.data.files));
      setActive(handlerFile ?? Object.keys(files.data.files).sort()[0] ?? null);
    }
  }, [files.data, draft]);

  const dirty = useMemo(() => !!draft && !!files.data && JSON.stringify(draft) !== JSON.stringify(files.data.files), [draft, files.data]);
  useUnsavedChangesGuard(dirty);

  function doSave() {
    if (!draft) return;
    save.mutate(draft, { onSuccess: () => toast.success("Saved. The next invocation runs the new code.") });
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key === "s") {
        e.preventDefault();
        if (dirty && !save.isPending) doSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  function uploadZip(file: File | undefined) {
    if (!file) return;
    if (dirty && !window.confirm("Uploading replaces the code, including your unsaved changes. Continue?")) return;
    upload.mutate(file, {
      onSuccess: () => {
        setDraft(null); // reload the files from the new package
        toast.success(`Uploaded ${file.name}`);
      },
    });
  }

  if (files.isError) return <ErrorState error={files.error} title="Could not load the code" onRetry={() => files.refetch()} />;
  if (!draft || !active) return <Skeleton className="h-[460px] w-full" />;

  const names = Object.keys(draft).sort();
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex min-w-0 flex-wrap items-center gap-1" role="tablist" aria-label="Files">
          {names.map((file) => (
            <span key={file} className={cn("group inline-flex h-7 items-center rounded-md border text-xs", file === active ? "border-border bg-card font-medium shadow-xs" : "border-transparent text-muted-foreground hover:bg-muted")}>
              <button type="button" role="tab" aria-selected={file === active} className="px-2 font-mono" onClick={() => setActive(file)}>
                {file}
              </button>
              {names.length > 1 ? (
                <button
                  type="button"
                  aria-label={`Remove ${file}`}
                  className="mr-1 rounded p-0.5 opacity-0 hover:bg-border group-hover:opacity-100"
                  onClick={() => {
                    const next = { ...draft };
                    delete next[file];
                    setDraft(next);
                    if (active === file) setActive(Object.keys(next).sort()[0]);
                  }}
                >
                  <X className="size-3" />
                </button>
              ) : null}
            </span>
          ))}
          <Button
            variant="ghost"
            size="sm"
            aria-label="Add a file"
            onClick={() => {
              const file = window.prompt("File name (e.g. lib/util.mjs)");
              if (!file || draft[file] !== undefined) return;
              setDraft({ ...draft, [file]: "" });
              setActive(file);
            }}
          >
            <FilePlus2 />
          </Button>
        </div>
        <div className="flex items-center gap-2">
          {dirty ? <Badge tone="warning">Unsaved changes</Badge> : fn.data ? <span className="font-mono text-[11px] text-muted-foreground" title="CodeSha256">{fn.data.Configuration.CodeSha256.slice(0, 12)}…</span> : null}
          <input ref={fileInput} type="file" accept=".zip,application/zip" className="hidden" aria-label="Deployment package (.zip)" onChange={(e) => (uploadZip(e.target.files?.[0]), (e.target.value = ""))} />
          <Button variant="outline" onClick={() => fileInput.current?.click()} loading={upload.isPending}>
            <Upload /> Upload .zip
          </Button>
          <Button variant="outline" onClick={() => setPublishing(true)} disabled={dirty}>
            <Rocket /> Publish version
          </Button>
          <Button variant="primary" onClick={doSave} disabled={!dirty} loading={save.isPending}>
            <Save /> Save
          </Button>
        </div>
      </div>
      <CodeEditor
        key={active}
        testId="function-code-editor"
        ariaLabel={`Code of ${active}`}
        path={`file:///functions/${name}/${active}`}
        language={languageOf(active)}
        value={draft[active] ?? ""}
        onChange={(v) => setDraft((d) => ({ ...(d ?? {}), [active]: v }))}
        height={460}
      />
      {save.error ? <FormError error={save.error} /> : null}
      {upload.error ? <FormError error={upload.error} /> : null}
      <PublishVersionDialog name={name} open={publishing} onOpenChange={setPublishing} />
    </div>
  );
}

/** The file the handler setting names (index.handler → index.mjs / index.js / index.ts ...). */
function handlerFileOf(handler: string, files: string[]): string | undefined {
  const slash = handler.lastIndexOf("/");
  const rest = handler.slice(slash + 1);
  const base = handler.slice(0, slash + 1) + rest.slice(0, rest.indexOf("."));
  return [".ts", ".mts", ".js", ".mjs", ".cjs"].map((ext) => base + ext).find((f) => files.includes(f));
}
