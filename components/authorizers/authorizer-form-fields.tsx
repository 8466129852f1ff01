"use client";
import { Plus, X } from "lucide-react";
import { FunctionTargetPicker } from "@/components/functions/function-target-picker";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Segmented } from "@/components/ui/tabs";
import type { AuthorizerForm, FormProblems } from "./authorizer-form-state";
import { newSourceRow, SOURCE_KINDS, sourceRowProblem, type SourceKind, type SourceRow } from "./identity-source-rows";

/**
 * One grid for every row (type, name, remove), so the name inputs line up and keep their width in
 * a narrow dialog; under each name, the expression it makes (or what is wrong with it).
 */
function SourcesEditor({ rows, onChange, showErrors }: { rows: SourceRow[]; onChange: (rows: SourceRow[]) => void; showErrors: boolean }) {
  const update = (id: string, patch: Partial<SourceRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  return (
    <div className="flex flex-col gap-1.5" role="group" aria-label="Identity sources">
      {rows.length ? (
        <div className="grid grid-cols-[8.5rem_minmax(0,1fr)_1.75rem] items-start gap-x-1.5 gap-y-1">
          {rows.map((row, i) => {
            const kind = SOURCE_KINDS.find((k) => k.kind === row.kind)!;
            const problem = showErrors || row.name ? sourceRowProblem(row) : undefined;
            const noteId = `identity-source-${row.id}-note`;
            return (
              <div key={row.id} className="contents">
                <NativeSelect aria-label={`Identity source ${i + 1} type`} value={row.kind} onChange={(e) => update(row.id, { kind: e.target.value as SourceKind })} className="w-full text-xs">
                  {SOURCE_KINDS.map((k) => (
                    <option key={k.kind} value={k.kind}>
                      {k.label}
                    </option>
                  ))}
                </NativeSelect>
                <div className="flex min-w-0 flex-col gap-0.5">
                  <Input
                    aria-label={`Identity source ${i + 1} name`}
                    aria-invalid={!!problem}
                    aria-describedby={noteId}
                    value={row.name}
                    placeholder={kind.placeholder}
                    className="font-mono text-xs"
                    spellCheck={false}
                    onChange={(e) => update(row.id, { name: e.target.value })}
                  />
                  {problem ? (
                    <p id={noteId} className="text-xs text-destructive">
                      {problem}
                    </p>
                  ) : (
                    <p id={noteId} className="truncate font-mono text-[11px] text-muted-foreground" title={kind.prefix + (row.name.trim() || kind.placeholder)}>
                      {kind.prefix}
                      <span className={row.name.trim() ? "text-foreground" : undefined}>{row.name.trim() || kind.placeholder}</span>
                    </p>
                  )}
                </div>
                <Button variant="ghost" size="icon-sm" aria-label={`Remove identity source ${i + 1}`} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                  <X />
                </Button>
              </div>
            );
          })}
        </div>
      ) : null}
      <div>
        <Button variant="ghost" size="sm" onClick={() => onChange([...rows, newSourceRow()])}>
          <Plus /> Add identity source
        </Button>
      </div>
    </div>
  );
}

/** The fields of an authorizer: type, Lambda function, identity sources, validation, caching. */
export function AuthorizerFormFields({
  form,
  set,
  problems,
  showErrors,
  idPrefix,
  canChangeType = true,
  serverProblems,
}: {
  form: AuthorizerForm;
  set: <K extends keyof AuthorizerForm>(k: K, v: AuthorizerForm[K]) => void;
  problems: FormProblems;
  showErrors: boolean;
  idPrefix: string;
  canChangeType?: boolean;
  /** The server's refusal, on the field it is about (shown whether or not the form was submitted). */
  serverProblems?: FormProblems;
}) {
  const err = (k: keyof FormProblems) => serverProblems?.[k] ?? (showErrors ? problems[k] : undefined);
  const invalid = (k: keyof FormProblems, id: string) => (err(k) ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {});
  // A bad row says so under itself; the field's own error is only for what no row shows.
  const rowProblem = form.sources.some((r) => sourceRowProblem(r));
  const sourcesError = serverProblems?.sources ?? (showErrors && !rowProblem ? problems.sources : undefined);
  const cognito = form.type === "COGNITO_USER_POOLS";
  return (
    <div className="flex flex-col gap-4">
      <Field label="Authorizer name" htmlFor={`${idPrefix}-name`} error={err("name")}>
        <Input id={`${idPrefix}-name`} value={form.name} maxLength={128} placeholder="token-authorizer" {...invalid("name", `${idPrefix}-name`)} onChange={(e) => set("name", e.target.value)} />
      </Field>
      {canChangeType && !cognito ? (
        <div className="flex flex-col gap-1.5">
          <span className="text-xs font-medium">Lambda event payload</span>
          <div>
            <Segmented
              label="Lambda event payload"
              value={form.type}
              onChange={(t) => set("type", t)}
              options={[
                { value: "TOKEN", label: "Token" },
                { value: "REQUEST", label: "Request" },
              ]}
            />
          </div>
          <p className="text-xs text-muted-foreground">
            {form.type === "TOKEN"
              ? "The function receives one token from a header (TOKEN)."
              : "The function receives the request's headers, query string, path, stage variables and context (REQUEST)."}
          </p>
        </div>
      ) : null}
      {cognito ? (
        <p className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm">
          A Cognito user pool authorizer is kept so that SDK and Terraform definitions round-trip, but Archway has no user pools:
          methods that use it answer 500 (AUTHORIZER_CONFIGURATION_ERROR).
        </p>
      ) : (
        <div className="flex flex-col gap-1">
          <FunctionTargetPicker uri={form.uri} onChange={(uri) => set("uri", uri)} id={`${idPrefix}-function`} />
          {err("uri") ? (
            <p role="alert" className="text-xs text-destructive">
              {err("uri")}
            </p>
          ) : null}
        </div>
      )}
      {form.type === "REQUEST" ? (
        <Field
          label="Identity sources"
          error={sourcesError}
          hint="All must be present (and are the cache key) when caching is on; otherwise the function is called regardless."
        >
          <SourcesEditor rows={form.sources} onChange={(rows) => set("sources", rows)} showErrors={showErrors} />
        </Field>
      ) : (
        <>
          <Field label="Token source header" htmlFor={`${idPrefix}-header`} error={err("tokenHeader")} hint="Requests without it get 401 without calling the function.">
            <Input id={`${idPrefix}-header`} className="font-mono" {...invalid("tokenHeader", `${idPrefix}-header`)} value={form.tokenHeader} placeholder="Authorization" spellCheck={false} onChange={(e) => set("tokenHeader", e.target.value)} />
          </Field>
          {!cognito ? (
            <Field label="Token validation" htmlFor={`${idPrefix}-validation`} optional error={err("validation")} hint="A regular expression the whole token must match; others get 401 without a call.">
              <Input id={`${idPrefix}-validation`} className="font-mono" {...invalid("validation", `${idPrefix}-validation`)} value={form.validation} placeholder="^Bearer [-0-9a-zA-Z._]+$" spellCheck={false} onChange={(e) => set("validation", e.target.value)} />
            </Field>
          ) : null}
        </>
      )}
      {!cognito ? (
        <div className="flex flex-wrap items-start gap-6">
          <div className="flex flex-col gap-1.5">
            <span className="text-xs font-medium">Authorization caching</span>
            <label className="flex h-8 items-center gap-2 text-sm">
              <Switch checked={form.caching} onCheckedChange={(v) => set("caching", v)} aria-label="Authorization caching" />
              {form.caching ? "On" : "Off"}
            </label>
          </div>
          {form.caching ? (
            <Field label="TTL (seconds)" htmlFor={`${idPrefix}-ttl`} error={err("ttl")} hint="Up to 3600." className="w-36">
              <Input id={`${idPrefix}-ttl`} inputMode="numeric" className="font-mono" {...invalid("ttl", `${idPrefix}-ttl`)} value={form.ttl} onChange={(e) => set("ttl", e.target.value.trim())} />
            </Field>
          ) : (
            <p className="self-end pb-2 text-xs text-muted-foreground">Every request calls the function.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
