"use client";
import { Button } from "./button";

/** The bottom bar of an editor: what changed, Discard and Save. */
export function SaveBar({
  changed,
  saving,
  onDiscard,
  saveLabel,
  disabled,
  testId,
}: {
  changed: string[];
  saving: boolean;
  onDiscard: () => void;
  saveLabel: string;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <div className="sticky bottom-0 z-10 flex items-center justify-between gap-3 border-t border-border bg-background/95 py-3 backdrop-blur">
      <p className="min-w-0 truncate text-xs text-muted-foreground" aria-live="polite" data-testid={testId}>
        {changed.length ? `Unsaved changes: ${changed.join(", ")}` : "No unsaved changes"}
      </p>
      <div className="flex shrink-0 gap-2">
        {changed.length ? (
          <Button onClick={onDiscard} disabled={saving}>
            Discard
          </Button>
        ) : null}
        <Button type="submit" variant="primary" loading={saving} disabled={disabled || !changed.length}>
          {saveLabel}
        </Button>
      </div>
    </div>
  );
}
