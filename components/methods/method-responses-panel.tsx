"use client";
import { Plus, Trash } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useDeleteMethodResponse } from "@/components/data/use-delete-method-response";
import { usePutMethodResponse } from "@/components/data/use-put-method-response";
import type { Method } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/error-state";
import { Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

const STATUS = /^[1-5]\d\d$/;

/** Method responses: the status codes (with headers and models) the method declares. */
export function MethodResponsesPanel({
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
  const put = usePutMethodResponse(apiId, resourceId, verb);
  const del = useDeleteMethodResponse(apiId, resourceId, verb);
  const [status, setStatus] = useState("");
  const responses = Object.values(method.methodResponses ?? {}).sort((a, b) => a.statusCode.localeCompare(b.statusCode));
  const isProxy = method.methodIntegration?.type === "HTTP_PROXY" || method.methodIntegration?.type === "AWS_PROXY";
  const statusError = status && !STATUS.test(status) ? "A status code is three digits, 100–599." : undefined;
  const exists = responses.some((r) => r.statusCode === status);

  function add(e: React.FormEvent) {
    e.preventDefault();
    if (!STATUS.test(status) || exists) return;
    put.mutate(
      { statusCode: status },
      {
        onSuccess: () => {
          toast.success(`Added method response ${status}`);
          setStatus("");
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader
        title="Method responses"
        description={
          isProxy
            ? "Proxy integrations return the backend's response as is; declared responses document the API."
            : "The statuses this method can return. Integration responses map the backend's answer onto them."
        }
      />
      <div className="flex flex-col gap-3 p-3">
        {responses.length === 0 ? (
          <EmptyState
            title="No method responses"
            description={
              isProxy
                ? "None needed: the backend's status codes pass through. Declare them to document the API."
                : "Declare at least 200 so integration responses can map to it."
            }
            className="py-6"
          />
        ) : (
          <Table>
            <THead>
              <TR>
                <TH className="w-24">Status</TH>
                <TH>Response headers</TH>
                <TH>Models</TH>
                <TH className="w-12">
                  <span className="sr-only">Actions</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {responses.map((r) => (
                <TR key={r.statusCode}>
                  <TD className="font-mono">{r.statusCode}</TD>
                  <TD className="font-mono text-xs text-muted-foreground">
                    {Object.keys(r.responseParameters ?? {})
                      .map((k) => k.replace("method.response.header.", ""))
                      .join(", ") || "—"}
                  </TD>
                  <TD className="font-mono text-xs text-muted-foreground">
                    {Object.entries(r.responseModels ?? {})
                      .map(([ct, m]) => `${ct}: ${m}`)
                      .join(", ") || "—"}
                  </TD>
                  <TD>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Delete method response ${r.statusCode}`}
                      disabled={del.isPending}
                      onClick={() =>
                        del.mutate(r.statusCode, {
                          onSuccess: () => toast.success(`Deleted method response ${r.statusCode}`),
                          onError: (err) => toast.error(errorMessage(err)),
                        })
                      }
                    >
                      <Trash className="text-muted-foreground" />
                    </Button>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        <form onSubmit={add} className="flex items-start gap-2" noValidate>
          <div className="flex flex-col gap-1">
            <Input
              value={status}
              onChange={(e) => setStatus(e.target.value.trim())}
              placeholder="e.g. 404"
              aria-label="New method response status code"
              aria-invalid={!!statusError}
              className="w-32 font-mono"
              inputMode="numeric"
              maxLength={3}
            />
            {statusError ? <p className="text-xs text-destructive">{statusError}</p> : null}
            {exists ? <p className="text-xs text-muted-foreground">{status} is already declared.</p> : null}
          </div>
          <Button type="submit" loading={put.isPending} disabled={!STATUS.test(status) || exists}>
            <Plus /> Add response
          </Button>
        </form>
        <FormError error={put.error} />
      </div>
    </Card>
  );
}
