/** AWS's tag rules (TagResource): keys 1–128, values up to 256, letters, numbers, spaces and _.:/=+-@; no "aws:" keys; 50 tags. */
import type { RowErrors, VariableRow } from "./stage-variable-rules";

export const MAX_TAGS = 50;
const CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

export function validateTagRows(rows: VariableRow[]): { rows: Record<string, RowErrors>; table?: string } {
  const out: Record<string, RowErrors> = {};
  const seen = new Set<string>();
  for (const r of rows) {
    const k = r.name.trim();
    const e: RowErrors = {};
    if (!k) e.name = "Give the tag a key.";
    else if (k.length > 128) e.name = "Keys are at most 128 characters.";
    else if (!CHARS.test(k)) e.name = "Use letters, numbers, spaces and _ . : / = + - @";
    else if (k.toLowerCase().startsWith("aws:")) e.name = "Keys starting with aws: are reserved.";
    else if (seen.has(k)) e.name = `${k} is already defined above.`;
    seen.add(k);
    if (r.value.length > 256) e.value = "Values are at most 256 characters.";
    else if (!CHARS.test(r.value)) e.value = "Use letters, numbers, spaces and _ . : / = + - @";
    if (e.name || e.value) out[r.id] = e;
  }
  return { rows: out, table: rows.length > MAX_TAGS ? `A stage can have at most ${MAX_TAGS} tags.` : undefined };
}
