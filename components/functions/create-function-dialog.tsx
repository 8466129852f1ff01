"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useCreateFunction } from "@/components/data/use-create-function";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Segmented } from "@/components/ui/tabs";
import { STARTER, type Language } from "./templates";

const NAME = /^[a-zA-Z0-9-_]{1,64}$/;

/** "Create function": a name, JavaScript or TypeScript, a Node.js runtime; starts from an API Gateway handler. */
export function CreateFunctionDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const router = useRouter();
  const create = useCreateFunction();
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<Language>("javascript");
  const [runtime, setRuntime] = useState("nodejs20.x");
  const [touched, setTouched] = useState(false);
  const nameError = touched && !NAME.test(name) ? "1–64 letters, digits, hyphens or underscores." : undefined;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!NAME.test(name)) return;
    const starter = STARTER[language];
    create.mutate(
      { name, runtime, handler: "index.handler", files: { [starter.file]: starter.code } },
      {
        onSuccess: (fn) => {
          toast.success(`Created function ${fn.FunctionName}`);
          onOpenChange(false);
          setName("");
          setTouched(false);
          router.push(`/functions/${encodeURIComponent(fn.FunctionName)}`);
        },
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={(o) => (create.reset(), onOpenChange(o))}>
      <DialogContent title="Create function" description="A Node.js function you edit here and call from an API (Lambda proxy or custom integration) or with Invoke.">
        <form onSubmit={submit}>
          <DialogBody>
            <Field label="Function name" htmlFor="fn-name" error={nameError}>
              <Input id="fn-name" value={name} autoFocus onChange={(e) => setName(e.target.value)} onBlur={() => setTouched(true)} placeholder="my-function" aria-invalid={!!nameError} />
            </Field>
            <Field label="Language" hint={language === "typescript" ? "Transpiled once when you save, never per invocation." : "An ES module (index.mjs)."}>
              <Segmented label="Language" value={language} onChange={setLanguage} options={[{ value: "javascript", label: "JavaScript" }, { value: "typescript", label: "TypeScript" }]} />
            </Field>
            <Field label="Runtime" htmlFor="fn-runtime">
              <NativeSelect id="fn-runtime" value={runtime} onChange={(e) => setRuntime(e.target.value)}>
                <option value="nodejs22.x">Node.js 22.x</option>
                <option value="nodejs20.x">Node.js 20.x</option>
                <option value="nodejs18.x">Node.js 18.x</option>
              </NativeSelect>
            </Field>
            {create.error ? <FormError error={create.error} /> : null}
          </DialogBody>
          <DialogFooter>
            <Button variant="ghost" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={create.isPending}>
              Create function
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
