"use client";
/**
 * The integration's cacheKeyParameters as a "cache key" checkbox per method request parameter
 * (the AWS console's "Caching" box): when the stage caches this method, requests that differ in a
 * checked parameter get separate cache entries; unchecked parameters do not split the cache.
 */
import { KeyRound } from "lucide-react";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";

/** Method request parameters a cache key can name: declared ones, the resource's path parameters, and what the mappings read. */
export function cacheKeyCandidates(declared: Record<string, boolean> | undefined, pathParameters: string[], mappingSources: string[], selected: string[]): string[] {
  const all = new Set<string>([
    ...pathParameters.map((p) => `method.request.path.${p}`),
    ...Object.keys(declared ?? {}),
    ...mappingSources.filter((s) => /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^.]/.test(s)),
    ...selected,
  ]);
  return [...all].sort();
}

const LOCATIONS: Record<string, string> = {
  path: "Path",
  querystring: "Query string",
  header: "Header",
  multivaluequerystring: "Query string (multi)",
  multivalueheader: "Header (multi)",
};

/** `method.request.querystring.type` → "Query string". */
function locationOf(key: string): string | undefined {
  return LOCATIONS[/^method\.request\.([a-z]+)\./.exec(key)?.[1] ?? ""];
}

export function CacheKeyParameters({
  candidates,
  selected,
  onChange,
}: {
  candidates: string[];
  selected: string[];
  onChange: (keys: string[]) => void;
}) {
  const toggle = (key: string, on: boolean) => onChange(on ? [...selected, key].sort() : selected.filter((k) => k !== key));
  return (
    <Card data-testid="cache-key-parameters">
      <CardHeader
        title={
          <span className="flex items-center gap-1.5">
            <KeyRound className="size-4 text-muted-foreground" /> Cache keys
          </span>
        }
        description="When the stage caches this method, responses are cached per value of each checked parameter. Unchecked parameters share one entry."
      />
      <div className="p-3">
        {candidates.length === 0 ? (
          <p className="px-1 text-xs text-muted-foreground">
            No request parameters yet. Declare query strings or headers under{" "}
            <Link href="?panel=method-request" scroll={false} className="text-primary hover:underline">
              Method request
            </Link>{" "}
            (or map them into the integration request) to use them as cache keys.
          </p>
        ) : (
          <ul className="flex flex-col gap-0.5" aria-label="Cache key parameters">
            {candidates.map((key) => (
              <li key={key}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm hover:bg-muted/60">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-3.5 shrink-0 accent-[var(--primary)]"
                    checked={selected.includes(key)}
                    onChange={(e) => toggle(key, e.target.checked)}
                    aria-label={`cache key ${key}`}
                  />
                  <code className="min-w-0 flex-1 break-all font-mono text-xs">{key}</code>
                  {locationOf(key) ? <span className="shrink-0 text-xs text-muted-foreground">{locationOf(key)}</span> : null}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
