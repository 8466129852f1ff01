import { cn } from "@/components/ui/cn";

export type PathPartKind = "static" | "param" | "proxy";

export function pathPartKind(part: string): PathPartKind {
  if (/^\{.+\+\}$/.test(part)) return "proxy";
  if (/^\{.+\}$/.test(part)) return "param";
  return "static";
}

/** One path part, `{param}` and greedy `{proxy+}` visibly distinct from static parts. */
export function PathPart({ part, className }: { part: string; className?: string }) {
  const kind = pathPartKind(part);
  if (kind === "static") return <span className={className}>{part}</span>;
  return (
    <span
      className={cn(
        "rounded-sm px-0.5 font-mono text-[0.95em]",
        kind === "param" && "bg-sky-50 text-sky-700 dark:bg-sky-950/60 dark:text-sky-300",
        kind === "proxy" &&
          "bg-fuchsia-50 text-fuchsia-700 outline-1 outline-dashed outline-fuchsia-300 dark:bg-fuchsia-950/60 dark:text-fuchsia-300 dark:outline-fuchsia-800",
        className,
      )}
      title={kind === "proxy" ? "Greedy path variable: matches the rest of the path" : "Path parameter"}
    >
      {part}
    </span>
  );
}

/** A whole resource path with its parameters highlighted. */
export function PathText({ path, className }: { path: string; className?: string }) {
  if (path === "/") return <span className={cn("font-mono", className)}>/</span>;
  const parts = path.split("/").slice(1);
  return (
    <span className={cn("font-mono", className)}>
      {parts.map((p, i) => (
        <span key={i}>
          /<PathPart part={p} />
        </span>
      ))}
    </span>
  );
}

/** Path parameter names in a resource path: "/pets/{petId}/{proxy+}" → ["petId", "proxy"]. */
export function pathParams(path: string): { name: string; greedy: boolean }[] {
  const out: { name: string; greedy: boolean }[] = [];
  for (const m of path.matchAll(/\{([^}]+?)(\+?)\}/g)) out.push({ name: m[1], greedy: m[2] === "+" });
  return out;
}
