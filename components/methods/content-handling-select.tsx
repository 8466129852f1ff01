"use client";
import { Select } from "@/components/ui/select";

const OPTIONS = [
  { value: "PASSTHROUGH", label: "Passthrough" },
  { value: "CONVERT_TO_TEXT", label: "Convert to text (base64-encode binary)" },
  { value: "CONVERT_TO_BINARY", label: "Convert to binary (base64-decode text)" },
];

/** AWS's `contentHandling`: "" (unset, shown as Passthrough) or a conversion. */
export function ContentHandlingSelect({ id, ariaLabel, value, onChange }: { id: string; ariaLabel: string; value: string; onChange: (v: string) => void }) {
  return <Select id={id} ariaLabel={ariaLabel} value={value || "PASSTHROUGH"} onValueChange={(v) => onChange(v === "PASSTHROUGH" ? "" : v)} options={OPTIONS} />;
}
