"use client";
/**
 * The integration's cacheKeyParameters as a "cache key" checkbox per method request parameter
 * (the AWS console's "Caching" box): when the stage caches this method, requests that differ in a
 * checked parameter get separate cache entries; unchecked parameters do not split the cache.
 */
import { KeyRound } from "lucide-react";
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
          <p className="text-xs text-muted-foreground">No request parameters: declare query strings or headers on the method request, or map them above, to use them as cache keys.</p>
        ) : (
          <ul className="flex flex-col gap-1.5">
            {candidates.map((key) => (
              <li key={key} className="flex items-center gap-2 text-sm">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="accent-[var(--primary)]"
                    checked={selected.includes(key)}
                    onChange={(e) => toggle(key, e.target.checked)}
                    aria-label={`cache key ${key}`}
                  />
                  <code className="font-mono text-xs">{key}</code>
                  <span className="text-xs text-muted-foreground">cache key</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
