"use client";
import { Search } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { FunctionConfiguration } from "@/components/data/function-types";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

export function FunctionsTable({ functions }: { functions: FunctionConfiguration[] }) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return functions
      .filter((fn) => !f || [fn.FunctionName, fn.Description, fn.Handler].some((s) => s.toLowerCase().includes(f)))
      .sort((a, b) => a.FunctionName.localeCompare(b.FunctionName));
  }, [functions, filter]);

  return (
    <div className="flex flex-col gap-3">
      <div className="relative w-72">
        <Search className="pointer-events-none absolute left-2.5 top-2 size-4 text-muted-foreground" />
        <Input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter by name, description or handler" aria-label="Filter functions" className="pl-8" />
      </div>
      <Table>
        <THead>
          <TR>
            <TH className="w-[24%]">Name</TH>
            <TH>Description</TH>
            <TH className="w-[12%]">Runtime</TH>
            <TH className="w-[14%]">Handler</TH>
            <TH className="w-[8%] text-right">Memory</TH>
            <TH className="w-[8%] text-right">Timeout</TH>
            <TH className="w-[13%]">Last modified</TH>
          </TR>
        </THead>
        <TBody>
          {rows.length === 0 ? (
            <TR>
              <TD colSpan={7} className="h-16 text-center text-muted-foreground">
                No function matches “{filter}”.
              </TD>
            </TR>
          ) : (
            rows.map((fn) => (
              <TR
                key={fn.FunctionName}
                data-testid={`function-row-${fn.FunctionName}`}
                className="cursor-pointer transition-colors hover:bg-muted/60"
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest("a,button")) return;
                  router.push(`/functions/${encodeURIComponent(fn.FunctionName)}`);
                }}
              >
                <TD className="font-medium">
                  <Link href={`/functions/${encodeURIComponent(fn.FunctionName)}`} className="hover:text-primary hover:underline">
                    {fn.FunctionName}
                  </Link>
                </TD>
                <TD className="max-w-0 truncate text-muted-foreground" title={fn.Description}>
                  {fn.Description || <span className="text-muted-foreground/50">—</span>}
                </TD>
                <TD>
                  <Badge tone="outline" className="font-mono">{fn.Runtime}</Badge>
                </TD>
                <TD className="max-w-0 truncate font-mono text-xs">{fn.Handler}</TD>
                <TD className="text-right font-mono text-xs">{fn.MemorySize} MB</TD>
                <TD className="text-right font-mono text-xs">{fn.Timeout} s</TD>
                <TD className="text-muted-foreground">
                  <RelativeTime value={fn.LastModified} />
                </TD>
              </TR>
            ))
          )}
        </TBody>
      </Table>
      <p className="text-xs text-muted-foreground">
        {rows.length} of {functions.length} function{functions.length === 1 ? "" : "s"}
      </p>
    </div>
  );
}
