"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { usePutMethod } from "@/components/data/use-put-method";
import { VERBS, type Resource } from "@/components/data/types";
import { PathText, pathParams } from "@/components/resources/path-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { VerbBadge } from "./verb-badge";

/** Create a method (verb) on a resource, then continue with its integration. */
export function CreateMethodDialog({
  apiId,
  resource,
  open,
  onOpenChange,
}: {
  apiId: string;
  resource: Resource;
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const router = useRouter();
  const put = usePutMethod(apiId);
  const existing = Object.keys(resource.resourceMethods ?? {});
  const available = VERBS.filter((v) => !existing.includes(v));
  const [verb, setVerb] = useState<string>(available[0] ?? "GET");

  useEffect(() => {
    if (open) {
      setVerb(available[0] ?? "GET");
      put.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, resource.id]);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!available.includes(verb as (typeof VERBS)[number])) return;
    // Declare the resource's path parameters on the method, so integrations can map them.
    const params = pathParams(resource.path);
    const requestParameters = params.length
      ? Object.fromEntries(params.map((p) => [`method.request.path.${p.name}`, true]))
      : undefined;
    put.mutate(
      { resourceId: resource.id, verb, authorizationType: "NONE", requestParameters },
      {
        onSuccess: () => {
          toast.success(`Created ${verb} ${resource.path}`);
          onOpenChange(false);
          router.push(`/apis/${apiId}/resources/${resource.id}/methods/${verb}?panel=integration-request`);
        },
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Create method"
        description={
          <>
            On <PathText path={resource.path} className="text-foreground" />. Next you choose what it calls (its
            integration).
          </>
        }
      >
        <form onSubmit={submit} noValidate>
          <DialogBody>
            {available.length === 0 ? (
              <p className="text-sm text-muted-foreground">Every method already exists on this resource.</p>
            ) : (
              <Field
                label="HTTP method"
                htmlFor="method-verb"
                hint="ANY matches every HTTP method that has no method of its own."
              >
                <Select
                  id="method-verb"
                  ariaLabel="HTTP method"
                  value={verb}
                  onValueChange={setVerb}
                  options={available.map((v) => ({ value: v, label: <VerbBadge verb={v} /> }))}
                />
              </Field>
            )}
            <Field label="Authorization" htmlFor="method-auth" hint="Authorizers and IAM arrive with their own tab.">
              <Select
                id="method-auth"
                ariaLabel="Authorization"
                value="NONE"
                onValueChange={() => {}}
                options={[{ value: "NONE", label: "None" }]}
              />
            </Field>
            <FormError error={put.error} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" loading={put.isPending} disabled={available.length === 0}>
              Create method
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
