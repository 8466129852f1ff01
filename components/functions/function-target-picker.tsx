"use client";
/**
 * Picks the Lambda function (and version, alias or stage variable) an AWS / AWS_PROXY
 * integration calls, producing AWS's integration URI:
 * arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations.
 * For the integration editor: `<FunctionTargetPicker uri={form.uri} onChange={(uri) => set("uri", uri)} />`.
 */
import Link from "next/link";
import { useFunctionAliases } from "@/components/data/use-function-aliases";
import { useFunctionVersions } from "@/components/data/use-function-versions";
import { useFunctions } from "@/components/data/use-functions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

const URI = /^arn:aws:apigateway:([^:]+):lambda:path\/2015-03-31\/functions\/arn:aws:lambda:([^:]+):(\d{12}):function:([^:/]+)(?::([^/]+))?\/invocations$/;

export interface LambdaTarget {
  region: string;
  accountId: string;
  functionName: string;
  /** A version, an alias, "${stageVariables.x}", or undefined ($LATEST). */
  qualifier?: string;
}

export function parseLambdaUri(uri: string): LambdaTarget | null {
  const m = URI.exec(uri);
  return m ? { region: m[2], accountId: m[3], functionName: m[4], qualifier: m[5] } : null;
}

export function lambdaIntegrationUri(t: LambdaTarget): string {
  return `arn:aws:apigateway:${t.region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${t.region}:${t.accountId}:function:${t.functionName}${t.qualifier ? `:${t.qualifier}` : ""}/invocations`;
}

const STAGE_VAR = /^\$\{stageVariables\.([A-Za-z0-9_]*)\}$/;

export function FunctionTargetPicker({ uri, onChange, id = "lambda-function" }: { uri: string; onChange: (uri: string) => void; id?: string }) {
  const functions = useFunctions();
  const target = parseLambdaUri(uri);
  const name = target?.functionName ?? "";
  const versions = useFunctionVersions(name, !!name);
  const aliases = useFunctionAliases(name, !!name);
  const q = target?.qualifier ?? "";
  const stageVar = STAGE_VAR.exec(q);
  const mode = stageVar ? "stage" : q;

  function pick(functionName: string, qualifier?: string) {
    const fn = functions.data?.find((f) => f.FunctionName === functionName);
    if (!fn) return onChange("");
    const [, , , region, accountId] = fn.FunctionArn.split(":");
    onChange(lambdaIntegrationUri({ region, accountId, functionName, qualifier: qualifier || undefined }));
  }

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field
        label="Lambda function"
        htmlFor={id}
        hint={
          functions.data && functions.data.length === 0 ? (
            <>
              No functions yet. <Link className="text-primary underline" href="/functions">Create one</Link>.
            </>
          ) : undefined
        }
      >
        <NativeSelect id={id} value={name} onChange={(e) => pick(e.target.value)} disabled={!functions.data}>
          <option value="">Choose a function…</option>
          {functions.data?.map((f) => (
            <option key={f.FunctionName} value={f.FunctionName}>
              {f.FunctionName}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field label="Version or alias" htmlFor={`${id}-qualifier`} hint={mode === "stage" ? "The stage variable names an alias or version per stage." : undefined}>
        <NativeSelect id={`${id}-qualifier`} value={mode} disabled={!name} onChange={(e) => pick(name, e.target.value === "stage" ? "${stageVariables.alias}" : e.target.value)}>
          <option value="">$LATEST</option>
          {aliases.data?.length ? (
            <optgroup label="Aliases">
              {aliases.data.map((a) => (
                <option key={a.Name} value={a.Name}>
                  {a.Name} (→ {a.FunctionVersion})
                </option>
              ))}
            </optgroup>
          ) : null}
          {versions.data?.some((v) => v.Version !== "$LATEST") ? (
            <optgroup label="Versions">
              {versions.data
                .filter((v) => v.Version !== "$LATEST")
                .map((v) => (
                  <option key={v.Version} value={v.Version}>
                    Version {v.Version}
                  </option>
                ))}
            </optgroup>
          ) : null}
          <option value="stage">From a stage variable…</option>
        </NativeSelect>
      </Field>
      {stageVar ? (
        <Field label="Stage variable" htmlFor={`${id}-stage-variable`} className="sm:col-span-2">
          <Input id={`${id}-stage-variable`} className="font-mono" value={stageVar[1]} onChange={(e) => pick(name, `\${stageVariables.${e.target.value.replace(/[^A-Za-z0-9_]/g, "")}}`)} />
        </Field>
      ) : null}
    </div>
  );
}
