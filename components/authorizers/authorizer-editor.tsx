"use client";
import { Trash } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useDeleteAuthorizer } from "@/components/data/use-delete-authorizer";
import { useResources } from "@/components/data/use-resources";
import { useUpdateAuthorizer } from "@/components/data/use-update-authorizer";
import type { Authorizer } from "@/components/data/types";
import { VerbBadge } from "@/components/methods/verb-badge";
import { PathText } from "@/components/resources/path-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { FormError } from "@/components/ui/error-state";
import { SaveBar } from "@/components/ui/save-bar";
import { useUnsavedChangesGuard } from "@/components/ui/use-unsaved-changes";
import { formFromAuthorizer, formProblems, patchOperations, serverProblems, type AuthorizerForm } from "./authorizer-form-state";
import { AuthorizerFormFields } from "./authorizer-form-fields";
import { TYPE_LABELS } from "./authorizer-labels";

const FIELD_LABELS: Record<string, string> = {
  "/name": "name",
  "/type": "type",
  "/authorizerUri": "function",
  "/identitySource": "identity sources",
  "/identityValidationExpression": "token validation",
  "/authorizerResultTtlInSeconds": "caching",
};

/** The methods of the API that use this authorizer, each a link to its method. */
function UsedBy({ apiId, authorizerId }: { apiId: string; authorizerId: string }) {
  const resources = useResources(apiId);
  const uses = (resources.data ?? []).flatMap((r) =>
    Object.entries(r.resourceMethods ?? {})
      .filter(([, m]) => m.authorizerId === authorizerId && (m.authorizationType === "CUSTOM" || m.authorizationType === "COGNITO_USER_POOLS"))
      .map(([verb]) => ({ verb, path: r.path, href: `/apis/${apiId}/resources/${r.id}/methods/${verb}?panel=method-request` })),
  );
  return (
    <Card>
      <CardHeader title="Used by" description="Methods whose Method request names this authorizer. Changes reach them when you deploy." />
      <div className="flex flex-col gap-1 px-4 py-3 text-sm" data-testid="authorizer-used-by">
        {resources.data && uses.length === 0 ? <p className="text-muted-foreground">No method uses it yet: pick it under a method&apos;s Method request → Authorization.</p> : null}
        {uses.map((u) => (
          <Link key={`${u.verb} ${u.path}`} href={u.href} className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-muted">
            <VerbBadge verb={u.verb} size="xs" />
            <PathText path={u.path} className="text-[13px]" />
          </Link>
        ))}
      </div>
    </Card>
  );
}

/** One authorizer: its settings (saved as UpdateAuthorizer patches), where it is used, and Delete. */
export function AuthorizerEditor({ apiId, authorizer }: { apiId: string; authorizer: Authorizer }) {
  const router = useRouter();
  const update = useUpdateAuthorizer(apiId, authorizer.id);
  const del = useDeleteAuthorizer(apiId);
  const initial = useMemo(() => formFromAuthorizer(authorizer), [authorizer]);
  const [form, setForm] = useState<AuthorizerForm>(initial);
  const [tried, setTried] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ops = patchOperations(authorizer, form);
  const problems = formProblems(form);
  // A refusal about one field stands next to it; any other above the save bar.
  const fieldError = serverProblems(update.error, form.type);
  useUnsavedChangesGuard(ops.length > 0 && !update.isPending);

  function save(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!ops.length || Object.keys(problems).length) return;
    update.mutate(ops, {
      onSuccess: (a) => toast.success(`Saved ${a.name}`, { description: "Deploy the API to use the new settings." }),
      onError: (err) => toast.error(`Could not save ${authorizer.name}`, { description: errorMessage(err) }),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold" data-testid="authorizer-title">
            {authorizer.name}
            <Badge tone="primary">{TYPE_LABELS[authorizer.type]}</Badge>
          </h3>
          <p className="mt-0.5 flex items-center gap-1 font-mono text-xs text-muted-foreground">
            {authorizer.id}
            <CopyButton value={authorizer.id} label="Copy the authorizer id" />
          </p>
        </div>
        <Button variant="outline" onClick={() => setDeleting(true)}>
          <Trash /> Delete
        </Button>
      </div>

      <form onSubmit={save} noValidate className="flex flex-col gap-4" aria-label={`Authorizer ${authorizer.name}`}>
        <Card className="p-4">
          <AuthorizerFormFields
            form={form}
            set={(k, v) => {
              update.reset();
              setForm((f) => ({ ...f, [k]: v }));
            }}
            problems={problems}
            showErrors={tried}
            idPrefix="authorizer"
            canChangeType={authorizer.type !== "COGNITO_USER_POOLS"}
            serverProblems={fieldError}
          />
        </Card>
        {fieldError ? null : <FormError error={update.error} />}
        <SaveBar
          changed={ops.map((o) => FIELD_LABELS[o.path] ?? o.path)}
          saving={update.isPending}
          onDiscard={() => {
            setForm(initial);
            setTried(false);
            update.reset();
          }}
          saveLabel="Save changes"
          testId="authorizer-unsaved"
        />
      </form>

      <UsedBy apiId={apiId} authorizerId={authorizer.id} />

      {/* Outside the form: the dialog's portal still bubbles React events to its parents, and a submit would save the form. */}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete authorizer ${authorizer.name}?`}
        description="Deployed stages keep using it until the next deployment. Methods that still use it must be switched to another authorization first."
        confirmName={authorizer.name}
        onConfirm={async () => {
          await del.mutateAsync(authorizer.id);
          toast.success(`Deleted authorizer ${authorizer.name}`);
          router.push(`/apis/${apiId}/authorizers`);
        }}
      />
    </div>
  );
}
