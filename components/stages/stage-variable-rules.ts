/**
 * AWS's rules for stage variables, checked in the browser before anything is sent (the server
 * checks them again and its message is shown if it refuses): names are word characters, at most
 * 64 of them; values are 1–512 of `A-Z a-z 0-9 - . _ ~ : / ? # & = ,` and space; at most 100
 * variables per stage (the same limits apply to canary overrides).
 */
export const MAX_STAGE_VARIABLES = 100;
export const MAX_NAME = 64;
export const MAX_VALUE = 512;
const NAME = /^[A-Za-z0-9_]+$/;
const VALUE = /^[A-Za-z0-9\-._~:/?#&=, ]+$/;

export function stageVariableNameError(name: string): string | undefined {
  if (!name) return "Give the variable a name.";
  if (name.length > MAX_NAME) return `Names are at most ${MAX_NAME} characters.`;
  if (!NAME.test(name)) return "Use only letters, digits and underscores.";
  return undefined;
}

export function stageVariableValueError(value: string): string | undefined {
  if (!value) return "Give the variable a value (AWS does not allow empty values).";
  if (value.length > MAX_VALUE) return `Values are at most ${MAX_VALUE} characters.`;
  const bad = [...new Set([...value].filter((c) => !VALUE.test(c)))];
  if (bad.length) return `Not allowed: ${bad.map((c) => JSON.stringify(c)).join(" ")}. Use letters, digits, space and - . _ ~ : / ? # & = ,`;
  return undefined;
}

export interface VariableRow {
  id: string;
  /** The name this row had when loaded; undefined for a new row. */
  original?: string;
  name: string;
  value: string;
}

export interface RowErrors {
  name?: string;
  value?: string;
}

/** Per-row errors for a whole table of variables, including duplicates and the count limit. */
export function validateRows(rows: VariableRow[]): { rows: Record<string, RowErrors>; table?: string } {
  const out: Record<string, RowErrors> = {};
  const seen = new Map<string, string>();
  for (const r of rows) {
    const e: RowErrors = { name: stageVariableNameError(r.name.trim()), value: stageVariableValueError(r.value) };
    const n = r.name.trim();
    if (!e.name && seen.has(n)) e.name = `${n} is already defined above.`;
    seen.set(n, r.id);
    if (e.name || e.value) out[r.id] = e;
  }
  const table = rows.length > MAX_STAGE_VARIABLES ? `A stage can have at most ${MAX_STAGE_VARIABLES} variables (this has ${rows.length}).` : undefined;
  return { rows: out, table };
}

export interface VariableOp {
  op: "add" | "replace" | "remove";
  path: string;
  value?: string;
}

/** JSON Pointer escaping of one path segment (AWS patch paths). */
export const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The patch operations that turn `before` into the rows, under `prefix` (`/variables` or
 * `/canarySettings/stageVariableOverrides`): removals first, then replaces and adds.
 */
export function variableOps(before: Record<string, string>, rows: VariableRow[], prefix: string): VariableOp[] {
  const after = new Map(rows.map((r) => [r.name.trim(), r.value]));
  const ops: VariableOp[] = [];
  for (const name of Object.keys(before)) if (!after.has(name)) ops.push({ op: "remove", path: `${prefix}/${pointer(name)}` });
  for (const [name, value] of after) {
    // Own keys only: `name in before` would count "constructor", "toString"… as already there.
    if (!Object.hasOwn(before, name)) ops.push({ op: prefix === "/variables" ? "add" : "replace", path: `${prefix}/${pointer(name)}`, value });
    else if (before[name] !== value) ops.push({ op: "replace", path: `${prefix}/${pointer(name)}`, value });
  }
  return ops;
}

let seq = 0;
export const variableRow = (name = "", value = "", original?: string): VariableRow => ({ id: `sv${++seq}`, name, value, original });

export const rowsOf = (vars: Record<string, string> | undefined) =>
  Object.entries(vars ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => variableRow(k, v, k));
