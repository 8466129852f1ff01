import { cn } from "@/components/ui/cn";

/** Archway's mark: an arch over a path. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={cn("size-7", className)} aria-hidden>
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path
        d="M8 24V15a8 8 0 0 1 16 0v9"
        fill="none"
        stroke="white"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path d="M12.5 24v-8.5a3.5 3.5 0 0 1 7 0V24" fill="none" stroke="white" strokeOpacity="0.55" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
