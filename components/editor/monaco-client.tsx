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
}: MonacoClientProps) {
  const { theme } = useTheme();
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onMount: OnMount = (editor) => {
    editorRef.current = editor;
  };
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
