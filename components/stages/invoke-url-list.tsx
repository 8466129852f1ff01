"use client";
import { ExternalLink } from "lucide-react";
import { useSession } from "@/components/data/use-session";
import { CopyButton } from "@/components/ui/copy-button";
import { Skeleton } from "@/components/ui/skeleton";
import { invokeUrls } from "./invoke-urls";

function UrlRow({ label, hint, url, testId }: { label: string; hint: string; url: string; testId: string }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <span className="text-xs font-medium">{label}</span>
        <span className="text-[11px] text-muted-foreground">{hint}</span>
      </div>
      <div className="flex items-center gap-1 rounded-md border border-border bg-subtle py-1 pl-2.5 pr-1">
        <code className="min-w-0 flex-1 truncate font-mono text-xs" data-testid={testId} title={url}>
          {url}
        </code>
        <CopyButton value={url} label={`Copy ${label.toLowerCase()}`} />
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          className="inline-flex size-6 items-center justify-center rounded text-muted-foreground hover:bg-muted hover:text-foreground"
          aria-label={`Open ${label.toLowerCase()} in a new tab`}
        >
          <ExternalLink className="size-3.5" />
        </a>
      </div>
    </div>
  );
}

/** Both invoke URL styles of a stage, each copyable. */
export function InvokeUrlList({ apiId, stageName }: { apiId: string; stageName: string }) {
  const session = useSession();
  if (session.isPending) return <Skeleton className="h-20 w-full" />;
  const urls = invokeUrls(session.data?.gatewayUrl, apiId, stageName);
  return (
    <div className="flex flex-col gap-3">
      <UrlRow label="Invoke URL" hint="path style, works without DNS" url={urls.pathStyle} testId="invoke-url-path" />
      <UrlRow
        label="Host-style invoke URL"
        hint="like AWS; needs *.localhost to resolve"
        url={urls.hostStyle}
        testId="invoke-url-host"
      />
    </div>
  );
}
