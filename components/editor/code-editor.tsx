"use client";
import dynamic from "next/dynamic";
import { cn } from "@/components/ui/cn";
import type { MonacoClientProps } from "./monaco-client";

const MonacoClient = dynamic(() => import("./monaco-client"), {
  ssr: false,
  loading: () => <div className="h-full min-h-16 w-full animate-pulse bg-muted" />,
});

/**
 * A Monaco code editor (client-only) in a bordered frame. `testId` marks the frame so tests can
 * find the editor; the underlying textarea is labelled with `ariaLabel`.
 */
export function CodeEditor({
  className,
  testId,
  height = 160,
  ...props
}: MonacoClientProps & { className?: string; testId?: string }) {
  return (
    <div
      className={cn("overflow-hidden rounded-md border border-input bg-background focus-within:border-ring", className)}
      style={{ height }}
      data-testid={testId}
    >
      <MonacoClient {...props} height="100%" />
    </div>
  );
}
