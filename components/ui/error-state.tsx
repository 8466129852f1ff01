"use client";
import { CircleExclamationPoint, RotateCcw } from "lucide-react";
import { errorMessage, isControlApiError } from "@/components/data/control-api";
import { Button } from "./button";
import { cn } from "./cn";

/** An error that quotes the server's message and says what to do. */
export function ErrorState({
  error,
  title = "Could not load this",
  onRetry,
  className,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  className?: string;
}) {
  const notFound = isControlApiError(error) && error.status === 404;
  return (
    <div
      role="alert"
      className={cn(
        "flex items-start gap-3 rounded-lg border border-destructive/30 bg-destructive-soft px-4 py-3 text-sm",
        className,
      )}
    >
      <CircleExclamationPoint className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="font-medium text-foreground">{notFound ? "Not found" : title}</p>
        <p className="break-words text-muted-foreground">
          {errorMessage(error)}
          {isControlApiError(error) && error.type && error.type !== "Error" ? (
            <span className="ml-1 font-mono text-xs opacity-70">({error.type})</span>
          ) : null}
        </p>
        {notFound ? <p className="text-muted-foreground">It may have been deleted. Go back and pick another one.</p> : null}
      </div>
      {onRetry && !notFound ? (
        <Button size="sm" variant="outline" onClick={onRetry}>
          <RotateCcw /> Retry
        </Button>
      ) : null}
    </div>
  );
}

/** An inline server error inside a form. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive">
      {errorMessage(error)}
    </p>
  );
}
