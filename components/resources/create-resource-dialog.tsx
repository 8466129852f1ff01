"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { useCreateResource } from "@/components/data/use-create-resource";
import type { Resource } from "@/components/data/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { PathText } from "./path-text";
import { validatePathPart } from "./tree";

/** Create a child resource: a path part (static, {param} or greedy {proxy+}) under a parent. */
export function CreateResourceDialog({
  apiId,
  resources,
  parent: initialParent,
  open,
  onOpenChange,
}: {
  apiId: string;
  resources: Resource[];
  parent: Resource;
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const router = useRouter();
  const create = useCreateResource(apiId);
  const [parentId, setParentId] = useState(initialParent.id);
  const [pathPart, setPathPart] = useState("");
  const [proxy, setProxy] = useState(false);
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (open) {
      setParentId(initialParent.id);
      setPathPart("");
      setProxy(false);
      setTouched(false);
      create.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const parent = resources.find((r) => r.id === parentId) ?? initialParent;
  const siblings = resources.filter((r) => r.parentId === parent.id);
  const part = pathPart.trim();
  const error = touched || part ? validatePathPart(part, siblings, parent) : undefined;
  const fullPath = `${parent.path === "/" ? "" : parent.path}/${part || "…"}`;
  const parentOptions = resources
    .filter((r) => !r.pathPart?.endsWith("+}"))
    .map((r) => ({ value: r.id, label: <span className="font-mono">{r.path}</span> }));

  function setProxyMode(on: boolean) {
    setProxy(on);
    if (on) setPathPart("{proxy+}");
    else if (pathPart === "{proxy+}") setPathPart("");
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (validatePathPart(part, siblings, parent)) return;
    if (proxy && !/^\{.+\+\}$/.test(part)) return;
    create.mutate(
      { parentId: parent.id, pathPart: part },
      {
        onSuccess: (resource) => {
          toast.success(`Created ${resource.path}`);
          onOpenChange(false);
          router.push(`/apis/${apiId}/resources/${resource.id}`);
        },
      },
    );
  }

  const proxyError = proxy && part && !/^\{.+\+\}$/.test(part) ? "A proxy resource's path part is greedy: {name+}." : undefined;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Create resource" description="A resource is one path segment under its parent.">
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <Field label="Parent resource" htmlFor="resource-parent">
              <Select id="resource-parent" ariaLabel="Parent resource" value={parentId} onValueChange={setParentId} options={parentOptions} />
            </Field>
            <div className="flex items-start justify-between gap-4 rounded-lg border border-border p-3">
              <div>
                <label htmlFor="resource-proxy" className="text-sm font-medium">
                  Proxy resource
                </label>
                <p className="text-xs text-muted-foreground">
                  A greedy <code className="font-mono">{"{proxy+}"}</code> part catches every path below the parent.
                </p>
              </div>
              <Switch id="resource-proxy" checked={proxy} onCheckedChange={setProxyMode} aria-label="Proxy resource" />
            </div>
            <Field
              label="Path part"
              htmlFor="resource-path-part"
              error={error ?? proxyError}
              hint={
                <>
                  Letters, digits, <code className="font-mono">. _ -</code>; a parameter{" "}
                  <code className="font-mono">{"{petId}"}</code>; or greedy <code className="font-mono">{"{proxy+}"}</code>.
                </>
              }
            >
              <Input
                id="resource-path-part"
                autoFocus
                value={pathPart}
                placeholder={proxy ? "{proxy+}" : "pets"}
                className="font-mono"
                spellCheck={false}
                autoComplete="off"
                aria-invalid={!!(error ?? proxyError)}
                onChange={(e) => setPathPart(e.target.value)}
              />
            </Field>
            <div className="rounded-md bg-muted px-3 py-2 text-sm">
              <span className="text-xs text-muted-foreground">Resource path </span>
              <PathText path={fullPath} className="text-[13px]" />
            </div>
            <FormError error={create.error} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" loading={create.isPending}>
              Create resource
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
