/** Binary media types as UpdateRestApi takes them (patch paths escape "/" as "~1"). */

/** `type/subtype`; either side may be a `*` wildcard (image/*, *\/*). */
export const MEDIA_TYPE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+\/[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

export { escapePointer } from "@/components/data/patch-path";

export function validateBinaryMediaType(value: string, existing: string[]): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (!MEDIA_TYPE.test(v)) return "A media type looks like type/subtype, e.g. image/png or image/* (no spaces or parameters).";
  if (existing.some((t) => t.toLowerCase() === v.toLowerCase())) return `${v} is already in the list.`;
  return undefined;
}
