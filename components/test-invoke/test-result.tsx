"use client";
import { useMemo, useState } from "react";
import type { TestInvokeResponse } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { Segmented, Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

function statusTone(status: number) {
  if (status >= 500) return "destructive" as const;
  if (status >= 400) return "warning" as const;
  if (status >= 200 && status < 300) return "success" as const;
  return "neutral" as const;
}

function prettyBody(body: string | undefined): { text: string; json: boolean } {
  if (body === undefined || body === null) return { text: "", json: false };
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}

/** A test-invoke result: status, latency, body (pretty or raw), headers and the execution log. */
export function TestResult({ response }: { response: TestInvokeResponse }) {
  const [mode, setMode] = useState<"pretty" | "raw">("pretty");
  const pretty = useMemo(() => prettyBody(response.body), [response.body]);
  const headers = useMemo(() => {
    const rows: [string, string][] = [];
    const multi = response.multiValueHeaders ?? {};
    const single = response.headers ?? {};
    const names = new Set([...Object.keys(single), ...Object.keys(multi)]);
    for (const n of names) {
      const values = multi[n] ?? [single[n]];
      for (const v of values) rows.push([n, v]);
    }
    return rows;
  }, [response]);
  const body = mode === "pretty" ? pretty.text : response.body ?? "";

  return (
    <div className="flex flex-col gap-3" data-testid="test-result">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Status</span>
          <Badge tone={statusTone(response.status)} className="h-6 px-2 font-mono text-xs" data-testid="test-status">
            {response.status}
          </Badge>
        </span>
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Latency</span>
          <span className="font-mono text-xs" data-testid="test-latency">
            {response.latency ?? "—"} ms
          </span>
        </span>
        <span className="flex items-center gap-2">
          <span className="text-muted-foreground">Size</span>
          <span className="font-mono text-xs">{new TextEncoder().encode(response.body ?? "").length} B</span>
        </span>
      </div>
      <Tabs defaultValue="body">
        <TabsList>
          <TabsTrigger value="body">Body</TabsTrigger>
          <TabsTrigger value="headers">Headers ({headers.length})</TabsTrigger>
          <TabsTrigger value="log">Log</TabsTrigger>
        </TabsList>
        <TabsContent value="body" className="pt-3">
          <div className="mb-2 flex items-center justify-between gap-2">
            <Segmented
              label="Body format"
              value={mode}
              onChange={setMode}
              options={[
                { value: "pretty", label: pretty.json ? "Pretty" : "Text" },
                { value: "raw", label: "Raw" },
              ]}
            />
            <CopyButton value={response.body ?? ""} label="Copy body" />
          </div>
          {response.body ? (
            <pre
              className="max-h-96 overflow-auto rounded-md border border-border bg-subtle p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all"
              data-testid="test-response-body"
            >
              {body}
            </pre>
          ) : (
            <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted-foreground" data-testid="test-response-body">
              Empty body
            </p>
          )}
        </TabsContent>
        <TabsContent value="headers" className="pt-3">
          {headers.length ? (
            <Table>
              <THead>
                <TR>
                  <TH className="w-1/3">Header</TH>
                  <TH>Value</TH>
                </TR>
              </THead>
              <TBody>
                {headers.map(([k, v], i) => (
                  <TR key={i}>
                    <TD className="h-8 font-mono text-xs">{k}</TD>
                    <TD className="h-8 break-all font-mono text-xs">{v}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          ) : (
            <p className="text-sm text-muted-foreground">No headers.</p>
          )}
        </TabsContent>
        <TabsContent value="log" className="pt-3">
          <pre
            className="max-h-96 overflow-auto rounded-md border border-border bg-subtle p-3 font-mono text-[11.5px] leading-relaxed whitespace-pre-wrap break-all"
            data-testid="test-log"
          >
            {response.log || "No log."}
          </pre>
        </TabsContent>
      </Tabs>
    </div>
  );
}
