/** Parameter mappings as rows the editors edit, and back to AWS's `{ target: source }` maps. */
import { TARGET_PREFIX, validateSource, validateTargetName, type MappingKind } from "./mapping-expressions";

/**
 * One mapping row. `literal` rows hold the value without quotes (saved as `'value'`); other rows
 * hold a mapping expression such as `method.request.querystring.q`.
 */
export interface MappingRow {
  id: string;
  location: string;
  name: string;
  source: string;
  literal: boolean;
}

let seq = 0;
export const mappingRow = (location: string, name = "", source = "", literal = false): MappingRow => ({
  id: `m${++seq}`,
  location,
  name,
  source,
  literal,
});

/** `{ "integration.request.header.x": "'v'" }` → rows (literals unwrapped). */
export function mappingsToRows(map: Record<string, string> | undefined, kind: MappingKind): MappingRow[] {
  return Object.entries(map ?? {}).map(([target, source]) => {
    let location = "header";
    let name = target;
    if (kind === "request") {
      const m = /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(target);
      if (m) [location, name] = [m[1], m[2]];
    } else {
      const prefix = TARGET_PREFIX[kind];
      if (target.startsWith(prefix)) name = target.slice(prefix.length);
    }
    const lit = /^'(.*)'$/s.exec(source);
    return mappingRow(location, name, lit ? lit[1] : source, !!lit);
  });
}

export function rowTarget(row: MappingRow, kind: MappingKind): string {
  return kind === "request" ? `integration.request.${row.location}.${row.name.trim()}` : `${TARGET_PREFIX[kind]}${row.name.trim()}`;
}

export function rowSource(row: MappingRow): string {
  return row.literal ? `'${row.source}'` : row.source.trim();
}

export function rowsToMappings(rows: MappingRow[], kind: MappingKind): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.name.trim()).map((r) => [rowTarget(r, kind), rowSource(r)]));
}

export const mappingsKey = (rows: MappingRow[], kind: MappingKind) => JSON.stringify(rowsToMappings(rows, kind));

/** The first problem of each row (by row id), or none. */
export function mappingProblems(rows: MappingRow[], kind: MappingKind): Record<string, string> {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const r of rows) {
    const nameError = validateTargetName(r.name, r.location);
    const sourceError = r.literal ? (r.source.includes("'") ? "A literal cannot contain single quotes." : undefined) : validateSource(r.source, kind);
    const target = rowTarget(r, kind).toLowerCase();
    const dup = seen.has(target) ? `${r.name.trim()} is mapped twice.` : undefined;
    seen.add(target);
    const e = nameError ?? dup ?? sourceError;
    if (e) out[r.id] = e;
  }
  return out;
}
