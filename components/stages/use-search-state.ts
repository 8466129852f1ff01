"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * The page's selections live in its query string, so every view can be bookmarked, shared and
 * reloaded. `set` merges a patch (null/undefined/"" deletes a key); `push` adds a history entry
 * (views, selections), `replace` does not (time range, auto-refresh).
 */
export function useSearchState() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const href = useCallback(
    (patch: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams(search.toString());
      for (const [k, v] of Object.entries(patch)) {
        if (v === null || v === undefined || v === "") next.delete(k);
        else next.set(k, v);
      }
      const qs = next.toString();
      return qs ? `${pathname}?${qs}` : pathname;
    },
    [pathname, search],
  );
  const set = useCallback(
    (patch: Record<string, string | null | undefined>, mode: "push" | "replace" = "push") => {
      const url = href(patch);
      if (mode === "push") router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [href, router],
  );
  return { get: (k: string) => search.get(k), href, set };
}
