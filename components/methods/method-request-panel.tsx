"use client";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useUpdateMethod } from "@/components/data/use-update-method";
import type { Method } from "@/components/data/types";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

const LOCATION: Record<string, string> = { path: "Path", querystring: "Query string", header: "Header", multivaluequerystring: "Query string (multi)", multivalueheader: "Header (multi)" };

/** Method request: authorization, API key requirement and declared request parameters. */
export function MethodRequestPanel({
  apiId,
  resourceId,
  verb,
  method,
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
}) {
  const update = useUpdateMethod(apiId, resourceId, verb);
  const params = Object.entries(method.requestParameters ?? {}).map(([k, required]) => {
    const [, , location, ...name] = k.split(".");
    return { key: k, location, name: name.join("."), required };
  });

  return (
    <div className="flex flex-col gap-4">
      <Card className="px-4 py-3">
        <Properties
          items={[
            ["Authorization", <span key="a">{method.authorizationType === "NONE" ? "None" : method.authorizationType}</span>],
            [
              "API key required",
              <span key="k" className="inline-flex items-center gap-2">
                <Switch
                  checked={!!method.apiKeyRequired}
                  disabled={update.isPending}
                  aria-label="API key required"
                  onCheckedChange={(v) =>
                    update.mutate([{ op: "replace", path: "/apiKeyRequired", value: String(v) }], {
                      onSuccess: () => toast.success(v ? "API key now required" : "API key no longer required"),
                      onError: (err) => toast.error(`Could not update the method: ${errorMessage(err)}`),
                    })
                  }
                />
                <span className="text-xs text-muted-foreground">
                  {method.apiKeyRequired ? "Callers must send x-api-key" : "Anyone can call it"}
                </span>
              </span>,
            ],
            ["Request validator", <span key="v" className="text-muted-foreground">None</span>],
          ]}
        />
      </Card>
      <Card>
        <CardHeader title="Request parameters" description="Declared parameters can be mapped into the integration request." />
        {params.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted-foreground">None declared.</p>
        ) : (
          <div className="p-3">
            <Table>
              <THead>
                <TR>
                  <TH>Name</TH>
                  <TH>Location</TH>
                  <TH>Required</TH>
                  <TH>Mapping expression</TH>
                </TR>
              </THead>
              <TBody>
                {params.map((p) => (
                  <TR key={p.key}>
                    <TD className="font-mono text-xs">{p.name}</TD>
                    <TD className="text-xs">{LOCATION[p.location] ?? p.location}</TD>
                    <TD>{p.required ? <Badge tone="primary">Required</Badge> : <Badge>Optional</Badge>}</TD>
                    <TD className="font-mono text-xs text-muted-foreground">{p.key}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </Card>
    </div>
  );
}
