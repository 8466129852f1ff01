"use client";
import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { cn } from "./cn";

async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Insecure origins (http://host:port) have no async clipboard; fall back.
    const ta = document.createElement("textarea");
    ta.value = text;
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    document.execCommand("copy");
    ta.remove();
  }
}

export function CopyButton({
  value,
  label = "Copy",
  className,
}: {
  value: string;
  label?: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={`${label}: ${value}`}
      title={label}
      onClick={async (e) => {
        e.stopPropagation();
        e.preventDefault();
        await copyText(value);
        setCopied(true);
        toast.success("Copied to clipboard");
        setTimeout(() => setCopied(false), 1500);
      }}
      className={cn(
        "inline-flex size-6 shrink-0 items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground",
        className,
      )}
    >
      {copied ? <Check className="size-3.5 text-success" /> : <Copy className="size-3.5" />}
    </button>
  );
}

/** An id (or URL) in monospace with a copy button. */
export function CopyableText({ value, className, truncate }: { value: string; className?: string; truncate?: boolean }) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-1", className)}>
      <code className={cn("font-mono text-xs", truncate && "truncate")}>{value}</code>
      <CopyButton value={value} />
    </span>
  );
}
