"use client";
import { AlertDialog } from "radix-ui";
import { useId, useState } from "react";
import { Button } from "./button";
import { Input } from "./input";
import { errorMessage } from "@/components/data/control-api";

/**
 * A destructive action confirmed by typing the thing's name. `onConfirm` may return a promise;
 * the dialog stays open (showing the server's message) if it rejects.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmName,
  confirmLabel = "Delete",
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: React.ReactNode;
  description: React.ReactNode;
  /** What must be typed to enable the button; omit for a plain confirmation. */
  confirmName?: string;
  confirmLabel?: string;
  onConfirm: () => Promise<unknown> | void;
}) {
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const matches = confirmName === undefined || typed === confirmName;

  function change(next: boolean) {
    if (busy) return;
    if (!next) {
      setTyped("");
      setError(null);
    }
    onOpenChange(next);
  }

  async function confirm(e?: React.FormEvent) {
    e?.preventDefault();
    if (!matches || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setTyped("");
      onOpenChange(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={change}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="animate-overlay fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="animate-dialog fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border border-border bg-card shadow-2xl focus:outline-none">
          <form onSubmit={confirm}>
            <div className="flex flex-col gap-3 px-5 py-4">
              <AlertDialog.Title className="text-base font-semibold">{title}</AlertDialog.Title>
              <AlertDialog.Description asChild>
                <div className="text-sm text-muted-foreground">{description}</div>
              </AlertDialog.Description>
              {confirmName !== undefined ? (
                <div className="flex flex-col gap-1.5">
                  <label htmlFor={inputId} className="text-xs text-muted-foreground">
                    Type <span className="rounded bg-muted px-1 py-0.5 font-mono text-foreground">{confirmName}</span> to
                    confirm
                  </label>
                  <Input
                    id={inputId}
                    autoFocus
                    autoComplete="off"
                    spellCheck={false}
                    value={typed}
                    onChange={(e) => setTyped(e.target.value)}
                    aria-label={`Type ${confirmName} to confirm`}
                  />
                </div>
              ) : null}
              {error ? (
                <p role="alert" className="rounded-md bg-destructive-soft px-3 py-2 text-sm text-destructive">
                  {error}
                </p>
              ) : null}
            </div>
            <div className="flex justify-end gap-2 rounded-b-xl border-t border-border bg-subtle px-5 py-3">
              <AlertDialog.Cancel asChild>
                <Button variant="outline" disabled={busy}>
                  Cancel
                </Button>
              </AlertDialog.Cancel>
              <Button type="submit" variant="destructive" disabled={!matches} loading={busy}>
                {confirmLabel}
              </Button>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
