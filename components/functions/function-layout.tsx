"use client";
import { Activity, Code, GitBranch, ScrollText, Settings2, SquareFunction } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isControlApiError } from "@/components/data/control-api";
import { useFunction } from "@/components/data/use-function";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LinkTabs } from "@/components/ui/tabs";
import { FunctionHeader } from "./function-header";

/** A function's frame: header and tabs (Code, Versions & aliases, Logs, Metrics, Configuration), each with its own URL. */
export function FunctionLayout({ name, children }: { name: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const fn = useFunction(name);
  const base = `/functions/${encodeURIComponent(name)}`;

  if (fn.isError && !fn.data) {
    const notFound = isControlApiError(fn.error) && fn.error.status === 404;
    return (
      <div className="mx-auto max-w-3xl px-6 py-10">
        {notFound ? (
          <EmptyState
            icon={<SquareFunction />}
            title="Function not found"
            description={
              <>
                There is no function <code className="font-mono">{name}</code>. It may have been deleted, or the link is wrong.
              </>
            }
            action={
              <Button asChild variant="primary">
                <Link href="/functions">All functions</Link>
              </Button>
            }
          />
        ) : (
          <ErrorState error={fn.error} title="Could not load this function" onRetry={() => fn.refetch()} />
        )}
      </div>
    );
  }

  const tab = (path: string) => (path ? pathname.startsWith(`${base}/${path}`) : pathname === base);
  return (
    <div className="flex h-full flex-col">
      <div className="shrink-0 border-b border-border bg-background px-6 pt-4">
        <FunctionHeader name={name} />
        <LinkTabs
          className="mt-3 border-b-0"
          items={[
            { href: base, label: "Code", icon: <Code />, active: tab("") },
            { href: `${base}/versions`, label: "Versions & aliases", icon: <GitBranch />, active: tab("versions") },
            { href: `${base}/logs`, label: "Logs", icon: <ScrollText />, active: tab("logs") },
            { href: `${base}/metrics`, label: "Metrics", icon: <Activity />, active: tab("metrics") },
            { href: `${base}/configuration`, label: "Configuration", icon: <Settings2 />, active: tab("configuration") },
          ]}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </div>
  );
}
