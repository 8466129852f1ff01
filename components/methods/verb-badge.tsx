import { cn } from "@/components/ui/cn";

const COLORS: Record<string, string> = {
  GET: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300",
  POST: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  PUT: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300",
  PATCH: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300",
  DELETE: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300",
  HEAD: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  OPTIONS: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  ANY: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-300",
};

/** An HTTP verb as a small colored badge. */
export function VerbBadge({ verb, className, size = "sm" }: { verb: string; className?: string; size?: "xs" | "sm" | "md" }) {
  const v = verb.toUpperCase();
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded font-mono font-semibold leading-none",
        size === "xs" && "h-4 px-1 text-[9.5px]",
        size === "sm" && "h-5 px-1.5 text-[10.5px]",
        size === "md" && "h-6 px-2 text-xs",
        COLORS[v] ?? COLORS.HEAD,
        className,
      )}
    >
      {v === "OPTIONS" && size === "xs" ? "OPT" : v === "DELETE" && size === "xs" ? "DEL" : v}
    </span>
  );
}
