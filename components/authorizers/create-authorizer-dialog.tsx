"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useCreateAuthorizer } from "@/components/data/use-create-authorizer";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { createInput, emptyForm, formProblems, serverProblems, type AuthorizerForm } from "./authorizer-form-state";
import { AuthorizerFormFields } from "./authorizer-form-fields";

/** "Create authorizer": a Lambda TOKEN or REQUEST authorizer; opens it (with its Test panel) when created. */
export function CreateAuthorizerDialog({ apiId, open, onOpenChange }: { apiId: string; open: boolean; onOpenChange: (o: boolean) => void }) {
  const router = useRouter();
  const create = useCreateAuthorizer(apiId);
  const [form, setForm] = useState<AuthorizerForm>(emptyForm);
  const [tried, setTried] = useState(false);
  const problems = formProblems(form);
  // A refusal about one field stands next to it; any other above the buttons.
  const fieldError = serverProblems(create.error, form.type);

  function reset() {
    setForm(emptyForm());
    setTried(false);
    create.reset();
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    if (Object.keys(problems).length) return;
    create.mutate(createInput(form), {
      onSuccess: (a) => {
        toast.success(`Created authorizer ${a.name}`, { description: "Attach it to a method, then deploy." });
        onOpenChange(false);
        reset();
        router.push(`/apis/${apiId}/authorizers/${a.id}`);
      },
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) reset();
        onOpenChange(o);
      }}
    >
      <DialogContent title="Create authorizer" description="A Lambda function that decides, per request, whether a method may be called." className="max-w-xl">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <AuthorizerFormFields
              form={form}
              set={(k, v) => {
                create.reset();
                setForm((f) => ({ ...f, [k]: v }));
              }}
              problems={problems}
              showErrors={tried}
              idPrefix="new-authorizer"
              serverProblems={fieldError}
            />
            {fieldError ? null : <FormError error={create.error} />}
          </DialogBody>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={create.isPending}>
              Create authorizer
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
