"use client";
import { ChevronDown, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { VerbBadge } from "@/components/methods/verb-badge";
import { cn } from "@/components/ui/cn";
import { PathPart } from "./path-text";
import { sortVerbs, type TreeNode } from "./tree";

/** The resource tree: paths with their methods as small verb badges. Every node is a link. */
export function ResourceTree({
  root,
  apiId,
  selectedResourceId,
  selectedVerb,
}: {
  root: TreeNode;
  apiId: string;
  selectedResourceId?: string;
  selectedVerb?: string;
}) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setCollapsed((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  function render(node: TreeNode): React.ReactNode {
    const r = node.resource;
    const open = !collapsed.has(r.id);
    const selected = selectedResourceId === r.id;
    const verbs = sortVerbs(Object.keys(r.resourceMethods ?? {}));
    return (
      <li key={r.id} role="treeitem" aria-expanded={node.children.length ? open : undefined} aria-selected={selected && !selectedVerb}>
        <div
          className={cn(
            "group flex min-h-7 flex-wrap items-center gap-x-1 rounded-md pr-1.5 text-sm",
            selected && !selectedVerb ? "bg-accent text-accent-foreground" : selected ? "bg-muted" : "hover:bg-muted/70",
          )}
          style={{ paddingLeft: node.depth * 14 + 2 }}
        >
          {node.children.length ? (
            <button
              type="button"
              onClick={() => toggle(r.id)}
              className="flex size-5 shrink-0 items-center justify-center rounded text-muted-foreground hover:text-foreground"
              aria-label={open ? `Collapse ${r.path}` : `Expand ${r.path}`}
            >
              {open ? <ChevronDown className="size-3.5" /> : <ChevronRight className="size-3.5" />}
            </button>
          ) : (
            <span className="size-5 shrink-0" />
          )}
          <Link
            href={`/apis/${apiId}/resources/${r.id}`}
            className="min-w-0 max-w-full flex-[1_1_auto] truncate py-1 font-mono text-[13px] focus-visible:outline-offset-0"
            data-testid={`tree-resource-${r.path}`}
            title={r.path}
          >
            {r.path === "/" ? "/" : <>/<PathPart part={r.pathPart ?? ""} /></>}
          </Link>
          {verbs.length ? (
            <span className="flex flex-wrap justify-end gap-1 py-1">
              {verbs.map((v) => {
                const active = selected && selectedVerb === v;
                return (
                  <Link
                    key={v}
                    href={`/apis/${apiId}/resources/${r.id}/methods/${v}`}
                    aria-label={`${v} ${r.path}`}
                    aria-current={active ? "page" : undefined}
                    data-testid={`tree-method-${v}-${r.path}`}
                    className={cn(
                      "rounded focus-visible:outline-offset-1",
                      active ? "ring-2 ring-primary ring-offset-1 ring-offset-background" : "opacity-90 hover:opacity-100",
                    )}
                  >
                    <VerbBadge verb={v} size="xs" />
                  </Link>
                );
              })}
            </span>
          ) : null}
        </div>
        {node.children.length && open ? <ul role="group">{node.children.map(render)}</ul> : null}
      </li>
    );
  }

  return (
    <ul role="tree" aria-label="Resources" className="flex flex-col">
      {render(root)}
    </ul>
  );
}
