"use client";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { useUpdateRestApi } from "@/components/data/use-update-rest-api";
import type { RestApi } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { PatchOperation } from "@/components/data/types";

export function RenameApiDialog({
  api,
  open,
  onOpenChange,
}: {
  api: RestApi;
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const update = useUpdateRestApi(api.id);
  const [name, setName] = useState(api.name);
  const [description, setDescription] = useState(api.description ?? "");
  useEffect(() => {
    if (open) {
      setName(api.name);
      setDescription(api.description ?? "");
      update.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const nameError = !name.trim() ? "The name cannot be empty." : undefined;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (nameError) return;
    const ops: PatchOperation[] = [];
    if (name.trim() !== api.name) ops.push({ op: "replace", path: "/name", value: name.trim() });
    if (description !== (api.description ?? "")) ops.push({ op: "replace", path: "/description", value: description });
    if (!ops.length) return onOpenChange(false);
    update.mutate(ops, {
      onSuccess: () => {
        toast.success("API updated");
        onOpenChange(false);
      },
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Edit API details">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <Field label="API name" htmlFor="rename-api-name" error={nameError}>
              <Input id="rename-api-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            <Field label="Description" htmlFor="rename-api-description" optional>
              <Textarea
                id="rename-api-description"
                rows={3}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </Field>
            <FormError error={update.error} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" loading={update.isPending}>
              Save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
