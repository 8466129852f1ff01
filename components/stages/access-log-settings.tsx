"use client";
import { FileText } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import type { PatchOperation, Stage } from "@/components/data/types";
import { useSession } from "@/components/data/use-session";
import { useUpdateStage } from "@/components/data/use-update-stage";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { ACCESS_LOG_PRESETS, accessLogFormatProblem, type AccessLogPreset } from "@/gateway/logging/access-log-format";

const ARN = /^arn:[a-z-]+:(logs:[a-z0-9-]+:\d{12}:log-group:[A-Za-z0-9_\-./#]{1,512}(:\*)?|firehose:[a-z0-9-]+:\d{12}:deliverystream\/amazon-apigateway-[A-Za-z0-9_.-]+)$/;

function arnProblem(arn: string): string | null {
  if (!arn) return "Enter the ARN of a CloudWatch Logs log group.";
  if (!arn.startsWith("arn:")) return "ARNs start with arn:";
  if (!ARN.test(arn)) return "Use a log group ARN (arn:aws:logs:region:account:log-group:name) or a Firehose stream named amazon-apigateway-*.";
  return null;
}

/**
 * The stage's access logging (accessLogSettings): a format of $context variables — AWS's CLF,
 * JSON, XML and CSV presets one click away — and the destination log group ARN. Archway keeps
 * the lines itself; the ARN names the log group they are shown under.
 */
export function AccessLogSettingsEditor({ apiId, stage, onDone }: { apiId: string; stage: Stage; onDone?: () => void }) {
  const session = useSession();
  const update = useUpdateStage(apiId, stage.stageName);
  const current = stage.accessLogSettings;
  const suggested = `arn:aws:logs:${session.data?.region ?? "us-east-1"}:000000000000:log-group:API-Gateway-Access-Logs_${apiId}/${stage.stageName}`;
  const [format, setFormat] = useState(current?.format ?? ACCESS_LOG_PRESETS.CLF);
  const [destination, setDestination] = useState(current?.destinationArn ?? suggested);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setFormat(current?.format ?? ACCESS_LOG_PRESETS.CLF);
    setDestination(current?.destinationArn ?? suggested);
    // Re-sync only when the stored settings change, not while the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current?.format, current?.destinationArn]);

  const formatError = accessLogFormatProblem(format);
  const destinationError = arnProblem(destination.trim());
  const ops: PatchOperation[] = [];
  if (destination.trim() !== (current?.destinationArn ?? "")) ops.push({ op: "replace", path: "/accessLogSettings/destinationArn", value: destination.trim() });
  if (format !== (current?.format ?? "")) ops.push({ op: "replace", path: "/accessLogSettings/format", value: format });

  return (
    <form
      aria-label="Access logging"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (formatError || destinationError || !ops.length) return;
        update.mutate(ops, {
          onSuccess: () => {
            toast.success("Access logging saved");
            onDone?.();
          },
        });
      }}
    >
      <Card>
        <CardHeader
          title={
            <span className="flex items-center gap-1.5">
              <FileText className="size-4 text-muted-foreground" /> Access logging
            </span>
          }
          description="One line per request in a format of $context variables. The format must include $context.requestId or $context.extendedRequestId."
        />
        <div className="flex flex-col gap-4 p-4">
          <Field label="Log format" htmlFor="access-log-format" error={touched || format ? formatError : undefined} hint="A single line. Variables without a value print “-”.">
            <div className="mb-1 flex flex-wrap gap-1.5" role="group" aria-label="Format presets">
              {(Object.keys(ACCESS_LOG_PRESETS) as AccessLogPreset[]).map((preset) => (
                <Button key={preset} size="sm" variant={format === ACCESS_LOG_PRESETS[preset] ? "secondary" : "outline"} onClick={() => setFormat(ACCESS_LOG_PRESETS[preset])}>
                  {preset}
                </Button>
              ))}
            </div>
            <Textarea
              id="access-log-format"
              value={format}
              onChange={(e) => setFormat(e.target.value)}
              rows={4}
              spellCheck={false}
              className="font-mono text-xs"
              aria-invalid={!!formatError}
            />
          </Field>
          <Field label="Destination log group ARN" htmlFor="access-log-destination" error={touched ? destinationError : undefined}>
            <Input
              id="access-log-destination"
              value={destination}
              onChange={(e) => setDestination(e.target.value)}
              spellCheck={false}
              className="font-mono text-xs"
              aria-invalid={touched && !!destinationError}
            />
          </Field>
        </div>
        <div className="flex items-center justify-end gap-2 border-t border-border px-4 py-2.5">
          <FormError error={update.error} />
          {current ? (
            <Button
              variant="ghost"
              className="mr-auto text-destructive"
              loading={update.isPending && update.variables?.[0]?.op === "remove"}
              onClick={() =>
                update.mutate([{ op: "remove", path: "/accessLogSettings" }], {
                  onSuccess: () => {
                    toast.success("Access logging turned off");
                    onDone?.();
                  },
                })
              }
            >
              Turn off
            </Button>
          ) : (
            <span className="mr-auto text-xs text-muted-foreground">Access logging is off</span>
          )}
          {onDone ? (
            <Button variant="outline" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" variant="primary" disabled={!ops.length} loading={update.isPending && update.variables?.[0]?.op !== "remove"}>
            Save
          </Button>
        </div>
      </Card>
    </form>
  );
}
