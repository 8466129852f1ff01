"use client";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { usePublishFunctionVersion } from "@/components/data/use-publish-function-version";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Publish version: freezes $LATEST (code and configuration) as the next version number. */
export function PublishVersionDialog({ name, open, onOpenChange }: { name: string; open: boolean; onOpenChange: (o: boolean) => void }) {
  const publish = usePublishFunctionVersion(name);
  const [description, setDescription] = useState("");
  return (
    <Dialog open={open} onOpenChange={(o) => (publish.reset(), onOpenChange(o))}>
      <DialogContent title="Publish a new version" description="A version is an immutable copy of $LATEST's code and configuration. Aliases point to versions.">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            publish.mutate(description.trim(), {
              onSuccess: (v) => {
                toast.success(
                  <span>
                    Published version {v.Version}.{" "}
                    <Link className="underline" href={`/functions/${encodeURIComponent(name)}/versions`}>
                      Versions & aliases
                    </Link>
                  </span>,
                );
                setDescription("");
                onOpenChange(false);
              },
            });
          }}
        >
          <DialogBody>
            <Field label="Version description" htmlFor="version-description" optional>
              <Input id="version-description" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="What changed" autoFocus />
            </Field>
            {publish.error ? <FormError error={publish.error} /> : null}
          </DialogBody>
          <DialogFooter>
            <Button variant="ghost" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={publish.isPending}>
              Publish
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
