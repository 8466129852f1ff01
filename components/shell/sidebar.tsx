"use client";
import { Network, SquareFunction } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { Logo } from "./logo";

/** Sections appear here as Archway's capabilities land; none is a placeholder. */
const SECTIONS = [
  { href: "/apis", label: "APIs", icon: Network },
  { href: "/functions", label: "Functions", icon: SquareFunction },
];

export function Sidebar() {
  const pathname = usePathname();
  return (
    <aside className="flex h-full w-52 shrink-0 flex-col border-r border-border bg-sidebar">
      <Link href="/apis" className="flex h-12 items-center gap-2 border-b border-border px-4 focus-visible:outline-offset-[-2px]">
        <Logo className="size-6" />
        <span className="text-[15px] font-semibold tracking-tight">Archway</span>
      </Link>
      <nav className="flex flex-col gap-0.5 p-2" aria-label="Main">
        {SECTIONS.map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(href + "/");
          return (
            <Link
              key={href}
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex h-8 items-center gap-2 rounded-md px-2.5 text-sm font-medium transition-colors",
                active ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
              )}
            >
              <Icon className="size-4" />
              {label}
            </Link>
          );
        })}
      </nav>
      <div className="mt-auto border-t border-border px-4 py-3 text-[11px] text-muted-foreground">
        API Gateway REST API, run yourself.
      </div>
    </aside>
  );
}
