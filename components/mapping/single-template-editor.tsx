"use client";
import { FlaskConical } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { CodeEditor } from "@/components/editor/code-editor";
import type { EditorMarker } from "@/components/editor/monaco-client";
import type { RenderResult } from "@/components/data/use-render-template";
import { Button } from "@/components/ui/button";
import type { PlaygroundContext } from "./playground-sample";
import { describeFailure, TemplatePlayground } from "./template-playground";

/**
 * One template with a fixed content type (e.g. a mock's 200 response) and its "Try it"
 * playground, open while the URL says `?try={tryKey}`.
 */
export function SingleTemplateEditor({
  label,
  hint,
  value,
  onChange,
  testId,
  ariaLabel,
  tryKey,
  playground,
  playgroundScope,
  height = 150,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  ariaLabel: string;
  tryKey: string;
  playground: PlaygroundContext;
  playgroundScope: string;
  height?: number;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [result, setResult] = useState<RenderResult | undefined>();
  const trying = search.get("try") === tryKey;
  const toggle = () => {
    const params = new URLSearchParams(search.toString());
    if (trying) params.delete("try");
    else params.set("try", tryKey);
    const qs = params.toString();
    router.replace(`${pathname}${qs ? `?${qs}` : ""}`, { scroll: false });
  };
  const markers: EditorMarker[] =
    trying && result && !result.ok && result.line ? [{ line: result.line, column: result.column, message: describeFailure(result) }] : [];
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs font-medium">{label}</span>
        <Button size="sm" variant={trying ? "secondary" : "ghost"} aria-pressed={trying} aria-label={`Try the ${ariaLabel}`} onClick={toggle}>
          <FlaskConical /> {trying ? "Close playground" : "Try it"}
        </Button>
      </div>
      <CodeEditor testId={testId} ariaLabel={ariaLabel} language="vtl" value={value} onChange={onChange} height={height} markers={markers} />
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      {trying ? <TemplatePlayground template={value} scope={playgroundScope} context={playground} onResult={setResult} /> : null}
    </div>
  );
}
