"use client";
/**
 * Monaco from the local monaco-editor package (never a CDN): workers are bundled from
 * node_modules and @monaco-editor/react's loader is pointed at this module's monaco instance.
 * Load this module only through next/dynamic with ssr: false (see code-editor.tsx).
 */
import * as monaco from "monaco-editor";
import Editor, { loader, type OnMount } from "@monaco-editor/react";
import { useEffect, useRef } from "react";
import { useTheme } from "@/components/shell/theme";
import { registerVtl } from "./vtl-language";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    if (label === "json") {
      return new Worker(new URL("monaco-editor/esm/vs/language/json/json.worker.js", import.meta.url), { type: "module" });
    }
    if (label === "typescript" || label === "javascript") {
      return new Worker(new URL("monaco-editor/esm/vs/language/typescript/ts.worker.js", import.meta.url), {
        type: "module",
      });
    }
    return new Worker(new URL("monaco-editor/esm/vs/editor/editor.worker.js", import.meta.url), { type: "module" });
  },
};
loader.config({ monaco });
registerVtl(monaco);

/** A problem to show in the editor: a squiggle at the position and the whole line highlighted. */
export interface EditorMarker {
  line: number;
  column?: number;
  message: string;
  severity?: "error" | "warning";
}

export interface MonacoClientProps {
  value: string;
  onChange?: (value: string) => void;
  language?: string;
  height?: number | string;
  readOnly?: boolean;
  ariaLabel: string;
  minimal?: boolean;
  /** The model's path (e.g. "file:///index.ts"): TypeScript checks by its extension; one model per path. */
  path?: string;
  /** Problems to mark (e.g. a template's error line); the line is highlighted and scrolled into view. */
  markers?: EditorMarker[];
}

export default function MonacoClient({
  value,
  onChange,
  language = "json",
  height = 160,
  readOnly,
  ariaLabel,
  minimal,
  path,
  markers,
}: MonacoClientProps) {
  const { theme } = useTheme();
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const markersKey = JSON.stringify(markers ?? []);
  const applyMarkers = (editor: monaco.editor.IStandaloneCodeEditor) => {
    const model = editor.getModel();
    if (!model) return;
    const list = (JSON.parse(markersKey) as EditorMarker[]).filter((m) => m.line >= 1);
    const lines = model.getLineCount();
    monaco.editor.setModelMarkers(
      model,
      "archway",
      list.map((m) => {
        const line = Math.min(m.line, lines);
        const col = Math.max(1, Math.min(m.column ?? 1, model.getLineMaxColumn(line)));
        const end = m.column ? model.getWordAtPosition({ lineNumber: line, column: col })?.endColumn ?? col + 1 : model.getLineMaxColumn(line);
        return {
          startLineNumber: line,
          startColumn: m.column ? col : model.getLineFirstNonWhitespaceColumn(line) || 1,
          endLineNumber: line,
          endColumn: Math.max(end, col + 1),
          message: m.message,
          severity: m.severity === "warning" ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Error,
        };
      }),
    );
    decorations.current?.clear();
    decorations.current = editor.createDecorationsCollection(
      list.map((m) => ({
        range: new monaco.Range(Math.min(m.line, lines), 1, Math.min(m.line, lines), 1),
        options: {
          isWholeLine: true,
          className: m.severity === "warning" ? "archway-warning-line" : "archway-error-line",
          linesDecorationsClassName: m.severity === "warning" ? "archway-warning-gutter" : "archway-error-gutter",
        },
      })),
    );
    if (list.length) editor.revealLineInCenterIfOutsideViewport(Math.min(list[0].line, lines));
  };
  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
    applyMarkers(editor);
  };
  useEffect(() => {
    if (editorRef.current) applyMarkers(editorRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markersKey]);
  useEffect(() => {
    monaco.editor.setTheme(theme === "dark" ? "vs-dark" : "vs");
  }, [theme]);
  return (
    <Editor
      value={value}
      onChange={(v) => onChange?.(v ?? "")}
      language={language}
      path={path}
      height={height}
      theme={theme === "dark" ? "vs-dark" : "vs"}
      onMount={onMount}
      loading={<div className="h-full w-full animate-pulse bg-muted" />}
      options={{
        readOnly,
        ariaLabel,
        minimap: { enabled: false },
        fontSize: 12.5,
        lineNumbers: minimal ? "off" : "on",
        lineNumbersMinChars: 3,
        folding: !minimal,
        glyphMargin: false,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        wordWrap: "on",
        renderLineHighlight: readOnly ? "none" : "line",
        scrollbar: { verticalScrollbarSize: 8, horizontalScrollbarSize: 8, alwaysConsumeMouseWheel: false },
        overviewRulerLanes: 0,
        padding: { top: 6, bottom: 6 },
        fixedOverflowWidgets: true,
        tabFocusMode: false,
      }}
    />
  );
}
