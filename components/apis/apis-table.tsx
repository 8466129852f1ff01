"use client";
import { ArrowDown, ArrowUp, Search, Trash } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { RestApi } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CopyableText } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Tooltip } from "@/components/ui/tooltip";
import { DeleteApiDialog } from "./delete-api-dialog";

type SortKey = "name" | "createdDate";

export function ApisTable({ apis }: { apis: RestApi[] }) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const [deleting, setDeleting] = useState<RestApi | null>(null);

  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = f
      ? apis.filter((a) => [a.name, a.id, a.description ?? ""].some((s) => s.toLowerCase().includes(f)))
      : apis;
    return [...list].sort((a, b) => {
      const av = a[sort.key] ?? "";
      const bv = b[sort.key] ?? "";
      const c = typeof av === "number" && typeof bv === "number" ? av - bv : String(av).localeCompare(String(bv));
      return c * sort.dir;
    });
  }, [apis, filter, sort]);

  function sortHeader(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <button
        type="button"
        className="inline-flex items-center gap-1 hover:text-foreground"
        onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}
        aria-label={`Sort by ${label}`}
      >
        {label}
        {active ? sort.dir === 1 ? <ArrowUp className="size-3" /> : <ArrowDown className="size-3" /> : null}
      </button>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="relative w-72">
        <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-muted-foreground" />
        <Input
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="Filter by name, id or description"
          aria-label="Filter APIs"
          className="pl-8"
        />
      </div>
      <Table>
        <THead>
          <TR>
            <TH className="w-[26%]" aria-sort={sort.key === "name" ? (sort.dir === 1 ? "ascending" : "descending") : undefined}>
              {sortHeader("name", "Name")}
            </TH>
            <TH className="w-[16%]">ID</TH>
            <TH>Description</TH>
            <TH className="w-[8%]">Type</TH>
            <TH className="w-[14%]" aria-sort={sort.key === "createdDate" ? (sort.dir === 1 ? "ascending" : "descending") : undefined}>
              {sortHeader("createdDate", "Created")}
            </TH>
            <TH className="w-12">
              <span className="sr-only">Actions</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {rows.length === 0 ? (
            <TR>
              <TD colSpan={6} className="h-16 text-center text-muted-foreground">
                No API matches “{filter}”.
              </TD>
            </TR>
          ) : (
            rows.map((api) => (
              <TR
                key={api.id}
                data-testid={`api-row-${api.name}`}
                className="cursor-pointer transition-colors hover:bg-muted/60"
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest("a,button")) return;
                  router.push(`/apis/${api.id}/resources`);
                }}
              >
                <TD className="font-medium">
                  <Link href={`/apis/${api.id}/resources`} className="hover:text-primary hover:underline">
                    {api.name}
                  </Link>
                </TD>
                <TD>
                  <CopyableText value={api.id} />
                </TD>
                <TD className="max-w-0 truncate text-muted-foreground" title={api.description}>
                  {api.description || <span className="text-muted-foreground/50">—</span>}
                </TD>
                <TD className="text-muted-foreground">REST</TD>
                <TD className="text-muted-foreground">
                  <RelativeTime value={api.createdDate} />
                </TD>
                <TD className={cn("text-right")}>
                  <Tooltip content="Delete API">
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Delete API ${api.name}`}
                      onClick={() => setDeleting(api)}
                    >
                      <Trash className="text-muted-foreground" />
                    </Button>
                  </Tooltip>
                </TD>
              </TR>
            ))
          )}
        </TBody>
      </Table>
      <p className="text-xs text-muted-foreground">
        {rows.length} of {apis.length} API{apis.length === 1 ? "" : "s"}
      </p>
      {deleting ? (
        <DeleteApiDialog api={deleting} open onOpenChange={(o) => !o && setDeleting(null)} />
      ) : null}
    </div>
  );
}
