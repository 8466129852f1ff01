"use client";
import { useState } from "react";
import { toast } from "sonner";
import type { AliasConfiguration } from "@/components/data/function-types";
import { useSaveFunctionAlias } from "@/components/data/use-save-function-alias";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

const ALIAS = /^(?!^[0-9]+$)([a-zA-Z0-9-_]{1,128})$/;

/** Create or edit an alias: its version, and optionally a second version with a weight (the slider). */
export function AliasDialog({
  fn,
  alias,
  versions,
  open,
  onOpenChange,
}: {
  fn: string;
  alias: AliasConfiguration | null;
  versions: string[];
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const save = useSaveFunctionAlias(fn);
  const existing = Object.entries(alias?.RoutingConfig?.AdditionalVersionWeights ?? {})[0];
  const [name, setName] = useState(alias?.Name ?? "");
  const [version, setVersion] = useState(alias?.FunctionVersion ?? versions.filter((v) => v !== "$LATEST").at(-1) ?? "$LATEST");
  const [description, setDescription] = useState(alias?.Description ?? "");
  const [second, setSecond] = useState(existing?.[0] ?? "");
  const [percent, setPercent] = useState(existing ? Math.round(existing[1] * 100) : 5);
  const [touched, setTouched] = useState(false);
  const nameError = touched && !ALIAS.test(name) ? "Letters, digits, hyphens and underscores; not only digits." : undefined;
  const numbered = versions.filter((v) => v !== "$LATEST");
  const splitPossible = version !== "$LATEST" && numbered.length > 1;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!ALIAS.test(name)) return;
    save.mutate(
      {
        create: !alias,
        name,
        functionVersion: version,
        description,
        additional: splitPossible && second && second !== version && percent > 0 ? { version: second, weight: percent / 100 } : null,
      },
      {
        onSuccess: (a) => {
          toast.success(`${alias ? "Updated" : "Created"} alias ${a.Name}`);
          onOpenChange(false);
        },
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={alias ? `Edit alias ${alias.Name}` : "Create alias"} description="Integrations name an alias in their URI (…:function:name:alias/invocations); a stage variable can choose it.">
        <form onSubmit={submit}>
          <DialogBody>
            <Field label="Name" htmlFor="alias-name" error={nameError}>
              <Input id="alias-name" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => setTouched(true)} disabled={!!alias} placeholder="prod" autoFocus={!alias} />
            </Field>
            <Field label="Version" htmlFor="alias-version">
              <NativeSelect id="alias-version" value={version} onChange={(e) => setVersion(e.target.value)}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Weighted second version" htmlFor="alias-second" optional hint={splitPossible ? "Sends a share of the alias's traffic to another version (a canary)." : "Needs two published versions, and a numbered version above."}>
              <NativeSelect id="alias-second" value={second} onChange={(e) => setSecond(e.target.value)} disabled={!splitPossible}>
                <option value="">None</option>
                {numbered
                  .filter((v) => v !== version)
                  .map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
              </NativeSelect>
            </Field>
            {splitPossible && second ? (
              <Field label={`Traffic to version ${second}: ${percent}%`} htmlFor="alias-weight" hint={`Version ${version} gets ${100 - percent}%.`}>
                <input
                  id="alias-weight"
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  value={percent}
                  onChange={(e) => setPercent(Number(e.target.value))}
                  className="w-full accent-[var(--color-primary)]"
                  aria-valuetext={`${percent}% to version ${second}`}
                />
              </Field>
            ) : null}
            <Field label="Description" htmlFor="alias-description" optional>
              <Input id="alias-description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </Field>
            {save.error ? <FormError error={save.error} /> : null}
          </DialogBody>
          <DialogFooter>
            <Button variant="ghost" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" loading={save.isPending}>
              {alias ? "Save alias" : "Create alias"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
