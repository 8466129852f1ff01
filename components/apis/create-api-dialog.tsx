"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useCreateRestApi } from "@/components/data/use-create-rest-api";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

/** The "Create API" dialog: a REST API with a name and an optional description. */
export function CreateApiDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const router = useRouter();
  const create = useCreateRestApi();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [touched, setTouched] = useState(false);
  const nameError = touched && !name.trim() ? "Give the API a name." : undefined;

  function reset() {
    setName("");
    setDescription("");
    setTouched(false);
    create.reset();
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), description: description.trim() || undefined },
      {
        onSuccess: (api) => {
          toast.success(`Created API ${api.name}`);
          onOpenChange(false);
          reset();
          router.push(`/apis/${api.id}/resources`);
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) reset();
        onOpenChange(o);
      }}
    >
      <DialogContent title="Create REST API" description="An API starts with its root resource “/”. Add resources and methods next.">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <Field label="API name" htmlFor="api-name" error={nameError}>
              <Input
                id="api-name"
                autoFocus
                value={name}
                maxLength={1024}
                placeholder="petstore"
                aria-invalid={!!nameError}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
            <Field label="Description" htmlFor="api-description" optional>
              <Textarea
                id="api-description"
                rows={3}
                value={description}
                placeholder="What this API is for"
                onChange={(e) => setDescription(e.target.value)}
              />
            </Field>
            <FormError error={create.error} />
          </DialogBody>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={create.isPending}>
              Create API
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
