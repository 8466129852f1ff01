import { forwardRef } from "react";
import { cn } from "./cn";

export const inputClasses =
  "h-8 w-full min-w-0 rounded-md border border-input bg-background px-2.5 text-sm text-foreground shadow-xs " +
  "placeholder:text-muted-foreground/70 transition-colors " +
  "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring focus-visible:border-ring " +
  "disabled:opacity-60 disabled:cursor-not-allowed aria-[invalid=true]:border-destructive aria-[invalid=true]:focus-visible:outline-destructive";

export const Input = forwardRef<HTMLInputElement, React.InputHTMLAttributes<HTMLInputElement>>(function Input(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={cn(inputClasses, className)} {...props} />;
});

export const Textarea = forwardRef<HTMLTextAreaElement, React.TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function Textarea({ className, ...props }, ref) {
    return <textarea ref={ref} className={cn(inputClasses, "h-auto min-h-16 py-1.5 leading-snug", className)} {...props} />;
  },
);
