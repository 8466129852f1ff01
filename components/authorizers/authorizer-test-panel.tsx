"use client";
import { FlaskConical, Play } from "lucide-react";
import { useMemo, useState } from "react";
import { useTestInvokeAuthorizer } from "@/components/data/use-test-invoke-authorizer";
import type { Authorizer } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { KeyValueEditor, rowsToRecord, type KeyValueRow } from "@/components/ui/key-value-editor";
import { DEFAULT_TTL, TOKEN_PREFIX } from "./authorizer-form-state";
import { AuthorizerTestResult } from "./authorizer-test-result";
import { rowsFromIdentitySource, type SourceRow } from "./identity-source-rows";

/** What to ask for: one input per identity source (TOKEN: its header). */
function inputsOf(a: Authorizer): SourceRow[] {
  if (a.type !== "REQUEST") return rowsFromIdentitySource(a.identitySource?.startsWith(TOKEN_PREFIX) ? a.identitySource : `${TOKEN_PREFIX}Authorization`);
  return rowsFromIdentitySource(a.identitySource);
}

/** Why a run with these values gets 401 before the function is called, if it does. */
function whyUnauthorized(a: Authorizer, inputs: SourceRow[], values: Record<string, string>): React.ReactNode {
  const empty = inputs.filter((r) => r.kind !== "context" && !values[r.id]).map((r) => r.name);
  if (a.type === "REQUEST") {
    if (!empty.length || (a.authorizerResultTtlInSeconds ?? DEFAULT_TTL) === 0) return null;
    return (
      <>
        Left empty: <span className="font-mono text-xs">{empty.join(", ")}</span>. With caching on, a request without every identity source gets 401 without
        calling the function.
      </>
    );
  }
  if (empty.length) return "No token: a request without it gets 401 without calling the function.";
  const token = values[inputs[0]?.id ?? ""] ?? "";
  try {
    if (a.identityValidationExpression && !new RegExp(`^(?:${a.identityValidationExpression})$`, "s").test(token)) {
      return (
        <>
          The token does not match the token validation <code className="font-mono text-xs">{a.identityValidationExpression}</code>, so the function was not called.
        </>
      );
    }
  } catch {
    return null;
  }
  return null;
}

/** Test: calls the authorizer's function on a simulated request (TestInvokeAuthorizer), without deploying. */
export function AuthorizerTestPanel({ apiId, authorizer }: { apiId: string; authorizer: Authorizer }) {
  const test = useTestInvokeAuthorizer(apiId, authorizer.id);
  const inputs = useMemo(() => inputsOf(authorizer), [authorizer]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [path, setPath] = useState("");
  const [extraHeaders, setExtraHeaders] = useState<KeyValueRow[]>([]);
  // What the last run sent, to say why a 401 came without calling the function.
  const [lastRun, setLastRun] = useState<Record<string, string>>({});
  const why401 = useMemo(() => whyUnauthorized(authorizer, inputs, lastRun), [authorizer, inputs, lastRun]);

  function run(e: React.FormEvent) {
    e.preventDefault();
    const headers: Record<string, string> = { ...(rowsToRecord(extraHeaders) ?? {}) };
    const stageVariables: Record<string, string> = {};
    const query = new URLSearchParams();
    for (const row of inputs) {
      const v = values[row.id];
      if (v === undefined || v === "") continue;
      if (row.kind === "header") headers[row.name] = v;
      else if (row.kind === "querystring") query.append(row.name, v);
      else if (row.kind === "stageVariable") stageVariables[row.name] = v;
    }
    setLastRun(values);
    const base = path.trim() || "/";
    const qs = query.toString();
    test.mutate({
      headers,
      stageVariables,
      pathWithQueryString: qs ? `${base}${base.includes("?") ? "&" : "?"}${qs}` : base,
    });
  }

  return (
    <Card>
      <CardHeader
        title="Test authorizer"
        description="Runs the function of the saved authorizer with what you enter here, as TestInvokeAuthorizer does: nothing is cached and no method is called. Save changes above to test them."
      />
      <form onSubmit={run} noValidate className="flex flex-col gap-3 p-4" aria-label="Test authorizer">
        {inputs.map((row) =>
          row.kind === "context" ? (
            <p key={row.id} className="text-xs text-muted-foreground">
              <code className="font-mono">context.{row.name}</code> comes from the simulated request.
            </p>
          ) : (
            <Field
              key={row.id}
              label={row.name}
              htmlFor={`authorizer-test-${row.id}`}
              hint={row.kind === "header" ? (authorizer.type === "REQUEST" ? "Header" : "Token header") : row.kind === "querystring" ? "Query string" : "Stage variable"}
            >
              <Input
                id={`authorizer-test-${row.id}`}
                className="font-mono"
                value={values[row.id] ?? ""}
                spellCheck={false}
                onChange={(e) => setValues((v) => ({ ...v, [row.id]: e.target.value }))}
              />
            </Field>
          ),
        )}
        {authorizer.type === "REQUEST" ? (
          <>
            <Field label="Path and query string" htmlFor="authorizer-test-path" optional hint="e.g. /pets/42?verbose=1; the method ARN's path.">
              <Input id="authorizer-test-path" className="font-mono" value={path} placeholder="/" onChange={(e) => setPath(e.target.value)} />
            </Field>
            <Field label="More headers" optional>
              <KeyValueEditor rows={extraHeaders} onChange={setExtraHeaders} label="Test header" addLabel="Add header" />
            </Field>
          </>
        ) : null}
        <div>
          <Button type="submit" variant="primary" loading={test.isPending} data-testid="run-authorizer-test">
            <Play /> Test
          </Button>
        </div>
        <FormError error={test.error} />
        {test.data ? (
          <>
            {test.data.clientStatus === 401 && why401 ? (
              <p className="rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-sm" data-testid="authorizer-test-why">
                {why401}
              </p>
            ) : null}
            <AuthorizerTestResult r={test.data} />
          </>
        ) : (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <FlaskConical className="size-4 shrink-0" />
            {authorizer.type === "REQUEST" ? "Enter the identity sources" : "Enter a token"} and run the test to see the policy, principal, context and execution
            log.
          </p>
        )}
      </form>
    </Card>
  );
}
