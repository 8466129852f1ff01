import { cn } from "./cn";

const tones = {
  neutral: "bg-muted text-muted-foreground border-border",
  primary: "bg-accent text-accent-foreground border-transparent",
  success: "bg-success-soft text-success border-transparent",
  warning: "bg-warning-soft text-warning border-transparent",
  destructive: "bg-destructive-soft text-destructive border-transparent",
  outline: "bg-transparent text-muted-foreground border-border",
} as const;

export function Badge({
  tone = "neutral",
  className,
  children,
  ...props
}: { tone?: keyof typeof tones } & React.HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      className={cn(
        "inline-flex h-5 items-center gap-1 whitespace-nowrap rounded border px-1.5 text-[11px] font-medium leading-none",
        tones[tone],
        className,
      )}
      {...props}
    >
      {children}
    </span>
  );
}
