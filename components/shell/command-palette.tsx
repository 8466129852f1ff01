"use client";
import { Dialog as D } from "radix-ui";
import { useQueries } from "@tanstack/react-query";
import { CornerDownLeft, KeyRound, Layers, Network, Search, SquareFunction, SunMoon } from "lucide-react";
import { useParams, useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Stage } from "@/components/data/types";
import { useAuthorizers } from "@/components/data/use-authorizers";
import { useFunctions } from "@/components/data/use-functions";
import { useResources } from "@/components/data/use-resources";
import { useRestApis } from "@/components/data/use-rest-apis";
import { stagesQuery } from "@/components/data/use-stages";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { sortVerbs } from "@/components/resources/tree";
import { cn } from "@/components/ui/cn";
import { useTheme } from "./theme";

interface Item {
  id: string;
  group: string;
  label: React.ReactNode;
  text: string;
  icon?: React.ReactNode;
  run: () => void;
}

/** Resources and methods of the API being viewed. */
function useApiItems(apiId: string | undefined, go: (href: string) => void): Item[] {
  const resources = useResources(apiId ?? "");
  return useMemo(() => {
    if (!apiId) return [];
    const out: Item[] = [];
    for (const r of resources.data ?? []) {
      out.push({
        id: `r:${r.id}`,
        group: "Resources",
        text: r.path,
        label: <PathText path={r.path} className="text-[13px]" />,
        run: () => go(`/apis/${apiId}/resources/${r.id}`),
      });
      for (const v of sortVerbs(Object.keys(r.resourceMethods ?? {}))) {
        out.push({
          id: `m:${r.id}:${v}`,
          group: "Methods",
          text: `${v} ${r.path}`,
          label: (
            <span className="flex items-center gap-2">
              <VerbBadge verb={v} size="xs" />
              <PathText path={r.path} className="text-[13px]" />
            </span>
          ),
          run: () => go(`/apis/${apiId}/resources/${r.id}/methods/${v}`),
        });
      }
    }
    return out;
  }, [apiId, resources.data, go]);
}

/** Authorizers of the API being viewed. */
function useAuthorizerItems(apiId: string | undefined, go: (href: string) => void): Item[] {
  const authorizers = useAuthorizers(apiId ?? "");
  return useMemo(
    () =>
      apiId
        ? (authorizers.data ?? []).map(
            (a): Item => ({
              id: `z:${a.id}`,
              group: "Authorizers",
              text: `authorizer ${a.name} ${a.type}`,
              label: (
                <span className="flex items-center gap-2">
                  {a.name} <code className="font-mono text-[11px] text-muted-foreground">{a.type}</code>
                </span>
              ),
              icon: <KeyRound />,
              run: () => go(`/apis/${apiId}/authorizers/${a.id}`),
            }),
          )
        : [],
    [apiId, authorizers.data, go],
  );
}

const stageData = (results: { data?: Stage[] }[]) => results.map((r) => r.data);

/**
 * The stages of every API, the viewed API's first. One query per API under the same key as
 * useStages, so whatever the console has already loaded shows at once (and the lists the palette
 * loads are there for the stage pages); each API's stages appear as they arrive.
 */
function useStageItems(apis: { id: string; name: string }[] | undefined, currentApiId: string | undefined, go: (href: string) => void): Item[] {
  const ordered = useMemo(() => {
    const list = [...(apis ?? [])];
    const i = list.findIndex((a) => a.id === currentApiId);
    if (i > 0) list.unshift(...list.splice(i, 1));
    else if (i < 0 && currentApiId) list.unshift({ id: currentApiId, name: "" });
    return list;
  }, [apis, currentApiId]);
  const stages = useQueries({ queries: ordered.map((a) => stagesQuery(a.id)), combine: stageData });
  return useMemo(
    () =>
      ordered.flatMap((a, i) =>
        (stages[i] ?? []).map(
          (s): Item => ({
            id: `s:${a.id}:${s.stageName}`,
            group: "Stages",
            text: `stage ${s.stageName} ${a.name}`,
            label: (
              <span className="flex items-center gap-2">
                {s.stageName}
                {a.id !== currentApiId && a.name ? <span className="truncate text-[11px] text-muted-foreground">{a.name}</span> : null}
              </span>
            ),
            icon: <Layers />,
            run: () => go(`/apis/${a.id}/stages/${encodeURIComponent(s.stageName)}`),
          }),
        ),
      ),
    [ordered, stages, currentApiId, go],
  );
}

/** Every function ($LATEST), from the same query as the Functions page. */
function useFunctionItems(go: (href: string) => void): Item[] {
  const functions = useFunctions();
  return useMemo(
    () =>
      [...(functions.data ?? [])]
        .sort((a, b) => a.FunctionName.localeCompare(b.FunctionName))
        .map(
          (f): Item => ({
            id: `f:${f.FunctionName}`,
            group: "Functions",
            text: `function ${f.FunctionName} ${f.Runtime}`,
            label: (
              <span className="flex items-center gap-2">
                {f.FunctionName} <code className="font-mono text-[11px] text-muted-foreground">{f.Runtime}</code>
              </span>
            ),
            icon: <SquareFunction />,
            run: () => go(`/functions/${encodeURIComponent(f.FunctionName)}`),
          }),
        ),
    [functions.data, go],
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const params = useParams<{ apiId?: string }>();
  const { toggle } = useTheme();
  const apis = useRestApis();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const go = useMemo(
    () => (href: string) => {
      onClose();
      router.push(href);
    },
    [onClose, router],
  );
  const apiItems = useApiItems(params.apiId, go);
  const authorizerItems = useAuthorizerItems(params.apiId, go);
  const stageItems = useStageItems(apis.data, params.apiId, go);
  const functionItems = useFunctionItems(go);

  const items = useMemo(() => {
    const all: Item[] = [
      ...apiItems,
      ...authorizerItems,
      ...stageItems,
      ...(apis.data ?? []).map((a) => ({
        id: `a:${a.id}`,
        group: "APIs",
        text: `${a.name} ${a.id}`,
        label: (
          <span className="flex items-center gap-2">
            {a.name} <code className="font-mono text-[11px] text-muted-foreground">{a.id}</code>
          </span>
        ),
        icon: <Network />,
        run: () => go(`/apis/${a.id}/resources`),
      })),
      ...functionItems,
      { id: "nav:apis", group: "Go to", text: "All APIs", label: "All APIs", icon: <Network />, run: () => go("/apis") },
      { id: "nav:functions", group: "Go to", text: "All functions", label: "All functions", icon: <SquareFunction />, run: () => go("/functions") },
      {
        id: "theme",
        group: "Actions",
        text: "Toggle light / dark theme",
        label: "Toggle light / dark theme",
        icon: <SunMoon />,
        run: () => {
          toggle();
          onClose();
        },
      },
    ];
    const q = query.trim().toLowerCase();
    if (!q) return all;
    const words = q.split(/\s+/);
    return all.filter((i) => words.every((w) => i.text.toLowerCase().includes(w)));
  }, [apiItems, authorizerItems, stageItems, functionItems, apis.data, query, go, toggle, onClose]);

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, items.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      items[active]?.run();
    }
  }

  let lastGroup = "";
  return (
    <div onKeyDown={onKeyDown}>
      <div className="flex items-center gap-2 border-b border-border px-3">
        <Search className="size-4 text-muted-foreground" />
        <input
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Jump to an API, resource, method, authorizer, stage or function…"
          aria-label="Search"
          role="combobox"
          aria-expanded
          aria-controls="command-list"
          aria-activedescendant={items[active] ? `cmd-${active}` : undefined}
          className="h-11 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
      </div>
      <div ref={listRef} id="command-list" role="listbox" className="max-h-80 overflow-y-auto p-1.5">
        {items.length === 0 ? (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">Nothing matches “{query}”.</p>
        ) : (
          items.map((item, i) => {
            const header = item.group !== lastGroup ? item.group : null;
            lastGroup = item.group;
            return (
              <div key={item.id}>
                {header ? <div className="px-2 pb-1 pt-2 text-[11px] font-medium text-muted-foreground">{header}</div> : null}
                <div
                  id={`cmd-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-index={i}
                  onMouseMove={() => setActive(i)}
                  onClick={() => item.run()}
                  className={cn(
                    "flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm [&_svg]:size-4 [&_svg]:text-muted-foreground",
                    i === active && "bg-muted",
                  )}
                >
                  {item.icon}
                  <span className="min-w-0 flex-1 truncate">{item.label}</span>
                  {i === active ? <CornerDownLeft className="size-3.5" /> : null}
                </div>
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}

/** Ctrl/Cmd-K: jump to any API, resource, method, stage or function by name. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="hidden h-8 w-56 items-center gap-2 rounded-md border border-border bg-subtle px-2.5 text-sm text-muted-foreground hover:bg-muted md:flex"
        aria-label="Jump to… (Ctrl+K)"
      >
        <Search className="size-3.5" />
        <span className="flex-1 text-left">Jump to…</span>
        <kbd className="rounded border border-border bg-background px-1 font-mono text-[10px]">Ctrl K</kbd>
      </button>
      <D.Root open={open} onOpenChange={setOpen}>
        <D.Portal>
          <D.Overlay className="animate-overlay fixed inset-0 z-50 bg-black/30" />
          <D.Content
            aria-describedby={undefined}
            className="animate-fade fixed left-1/2 top-24 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-xl border border-border bg-card shadow-2xl focus:outline-none"
          >
            <D.Title className="sr-only">Jump to</D.Title>
            {open ? <PaletteBody onClose={() => setOpen(false)} /> : null}
          </D.Content>
        </D.Portal>
      </D.Root>
    </>
  );
}
