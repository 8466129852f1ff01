"use client";
import { Plus, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useUpdateMethod } from "@/components/data/use-update-method";
import type { Method, PatchOperation } from "@/components/data/types";
import { pathParams } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { AuthorizationPicker } from "./authorization-picker";
import { LOCATION, ORDER, validateParameter } from "./parameter-rules";

/** Method request: authorization, API key requirement, request parameters (add, require, remove) and models. */
export function MethodRequestPanel({
  apiId,
  resourceId,
  verb,
  method,
  resourcePath = "",
}: {
  apiId: string;
  resourceId: string;
  verb: string;
  method: Method;
  resourcePath?: string;
}) {
  const update = useUpdateMethod(apiId, resourceId, verb);
  const [location, setLocation] = useState("querystring");
  const [name, setName] = useState("");
  const [required, setRequired] = useState(false);
  const declared = method.requestParameters ?? {};
  const params = Object.entries(declared)
    .map(([k, req]) => {
      const [, , loc, ...n] = k.split(".");
      return { key: k, location: loc, name: n.join("."), required: req };
    })
    .sort((a, b) => ORDER.indexOf(a.location) - ORDER.indexOf(b.location) || a.name.localeCompare(b.name));
  const undeclaredPath = pathParams(resourcePath)
    .map((p) => p.name)
    .filter((p) => !(`method.request.path.${p}` in declared));
  const nameError = validateParameter(location, name, declared);
  const canAdd = !!name.trim() && !nameError && !update.isPending;

  function patch(ops: PatchOperation[], success: string) {
    update.mutate(ops, {
      onSuccess: () => toast.success(success),
      onError: (err) => toast.error("Could not update the method request", { description: errorMessage(err) }),
    });
  }

  function add() {
    if (!canAdd) return;
    const key = `method.request.${location}.${name.trim()}`;
    const req = location === "path" ? true : required;
    update.mutate([{ op: "add", path: `/requestParameters/${key}`, value: String(req) }], {
      onSuccess: () => {
        toast.success(`Declared ${key}`, { description: req ? "Required." : "Optional." });
        setName("");
        setRequired(false);
      },
      onError: (err) => toast.error("Could not declare the parameter", { description: errorMessage(err) }),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <Card className="px-4 py-3">
        <Properties
          items={[
            ["Authorization", <AuthorizationPicker key="a" apiId={apiId} resourceId={resourceId} verb={verb} method={method} />],
            [
              "API key required",
              <span key="k" className="inline-flex items-center gap-2">
                <Switch
                  checked={!!method.apiKeyRequired}
                  disabled={update.isPending}
                  aria-label="API key required"
                  onCheckedChange={(v) =>
                    patch([{ op: "replace", path: "/apiKeyRequired", value: String(v) }], v ? "API key now required" : "API key no longer required")
                  }
                />
                <span className="text-xs text-muted-foreground">{method.apiKeyRequired ? "Callers must send x-api-key" : "Anyone can call it"}</span>
              </span>,
            ],
            ["Request validator", <span key="v" className="text-muted-foreground">{method.requestValidatorId ?? "None"}</span>],
          ]}
        />
      </Card>

      <Card>
        <CardHeader
          title="Request parameters"
          description="Path, query string and header parameters the method reads. Declared parameters can be mapped into the integration request; required ones are checked when a request validator is set."
        />
        <div className="flex flex-col gap-3 p-3">
          {params.length === 0 && undeclaredPath.length === 0 ? (
            <p className="px-1 text-sm text-muted-foreground">None declared.</p>
          ) : (
            <Table>
              <THead>
                <TR>
                  <TH>Name</TH>
                  <TH>Location</TH>
                  <TH className="w-28">Required</TH>
                  <TH>Mapping expression</TH>
                  <TH className="w-10">
                    <span className="sr-only">Actions</span>
                  </TH>
                </TR>
              </THead>
              <TBody>
                {params.map((p) => (
                  <TR key={p.key} data-testid={`request-parameter-${p.location}-${p.name}`}>
                    <TD className="font-mono text-xs">{p.name}</TD>
                    <TD className="text-xs">{LOCATION[p.location] ?? p.location}</TD>
                    <TD>
                      {p.location === "path" ? (
                        <Badge tone="primary">Required</Badge>
                      ) : (
                        <span className="inline-flex items-center gap-1.5 text-xs">
                          <Switch
                            checked={p.required}
                            disabled={update.isPending}
                            aria-label={`${p.name} required`}
                            onCheckedChange={(v) =>
                              patch([{ op: "replace", path: `/requestParameters/${p.key}`, value: String(v) }], `${p.name} is now ${v ? "required" : "optional"}`)
                            }
                          />
                          {p.required ? "Yes" : "No"}
                        </span>
                      )}
                    </TD>
                    <TD className="font-mono text-xs text-muted-foreground">
                      <span className="inline-flex items-center gap-1">
                        {p.key}
                        <CopyButton value={p.key} label={`Copy ${p.key}`} />
                      </span>
                    </TD>
                    <TD>
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        aria-label={`Remove parameter ${p.name}`}
                        disabled={update.isPending}
                        onClick={() => patch([{ op: "remove", path: `/requestParameters/${p.key}` }], `Removed ${p.key}`)}
                      >
                        <X />
                      </Button>
                    </TD>
                  </TR>
                ))}
                {undeclaredPath.map((p) => (
                  <TR key={`undeclared-${p}`} className="text-muted-foreground">
                    <TD className="font-mono text-xs">{p}</TD>
                    <TD className="text-xs">Path</TD>
                    <TD className="text-xs" colSpan={2}>
                      In the resource path, not declared: declare it to map it.
                    </TD>
                    <TD>
                      <Button
                        size="sm"
                        variant="outline"
                        disabled={update.isPending}
                        onClick={() => patch([{ op: "add", path: `/requestParameters/method.request.path.${p}`, value: "true" }], `Declared method.request.path.${p}`)}
                      >
                        Declare
                      </Button>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <div className="flex flex-col gap-1" role="group" aria-label="Add a request parameter">
            <div className="flex flex-wrap items-center gap-2">
              <NativeSelect aria-label="New parameter location" value={location} onChange={(e) => setLocation(e.target.value)} className="text-xs">
                <option value="querystring">Query string</option>
                <option value="header">Header</option>
                <option value="multivaluequerystring">Query string (multi)</option>
                <option value="multivalueheader">Header (multi)</option>
                {undeclaredPath.length ? <option value="path">Path</option> : null}
              </NativeSelect>
              <Input
                value={name}
                onChange={(e) => setName(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    add();
                  }
                }}
                placeholder={location.includes("header") ? "X-Header" : location === "path" ? undeclaredPath[0] : "name"}
                aria-label="New parameter name"
                aria-invalid={!!nameError}
                className="w-48 font-mono text-xs"
                spellCheck={false}
              />
              {location !== "path" ? (
                <label className="flex items-center gap-1.5 text-xs">
                  <Switch checked={required} onCheckedChange={setRequired} aria-label="New parameter required" />
                  Required
                </label>
              ) : null}
              <Button size="md" onClick={add} disabled={!canAdd} loading={update.isPending && !!name}>
                <Plus /> Add parameter
              </Button>
            </div>
            {nameError ? <p className="text-xs text-destructive">{nameError}</p> : null}
          </div>
        </div>
      </Card>

      <Card>
        <CardHeader title="Request models" description="The body's model per content type, used by a request validator." />
        <div className="px-4 py-3 text-sm">
          {Object.keys(method.requestModels ?? {}).length === 0 ? (
            <p className="text-muted-foreground">None.</p>
          ) : (
            <Properties
              items={Object.entries(method.requestModels ?? {}).map(([ct, m]) => [
                <span key={ct} className="font-mono text-xs">
                  {ct}
                </span>,
                <span key={`${ct}-m`}>{m}</span>,
              ])}
            />
          )}
        </div>
      </Card>
    </div>
  );
}
