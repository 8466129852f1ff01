/**
 * A REQUEST authorizer's identity sources as editable rows (kind + name) and back to AWS's
 * comma-separated `identitySource`, with the same name rules the control API applies.
 */

export type SourceKind = "header" | "querystring" | "stageVariable" | "context";

export interface SourceRow {
  id: string;
  kind: SourceKind;
  name: string;
}

export const SOURCE_KINDS: { kind: SourceKind; label: string; prefix: string; placeholder: string }[] = [
  { kind: "header", label: "Header", prefix: "method.request.header.", placeholder: "Authorization" },
  { kind: "querystring", label: "Query string", prefix: "method.request.querystring.", placeholder: "token" },
  { kind: "stageVariable", label: "Stage variable", prefix: "stageVariables.", placeholder: "realm" },
  { kind: "context", label: "Context", prefix: "context.", placeholder: "identity.sourceIp" },
];

const NAME_RULES: Record<SourceKind, { re: RegExp; message: string }> = {
  header: { re: /^[a-zA-Z0-9._-]+$/, message: "Letters, digits, . _ and - only." },
  querystring: { re: /^\S+$/, message: "No spaces." },
  stageVariable: { re: /^[A-Za-z0-9_]+$/, message: "Letters, digits and _ only." },
  context: { re: /^[A-Za-z0-9_.-]+$/, message: "A $context variable, e.g. identity.sourceIp." },
};

let seq = 0;
export const newSourceRow = (kind: SourceKind = "header", name = ""): SourceRow => ({ id: `src${++seq}`, kind, name });

function expressionOf(row: SourceRow): string {
  return SOURCE_KINDS.find((k) => k.kind === row.kind)!.prefix + row.name.trim();
}

/** Rows from AWS's list; expressions of no known kind are kept as context rows so nothing is lost. */
export function rowsFromIdentitySource(identitySource: string | undefined): SourceRow[] {
  return (identitySource ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((expression) => {
      const kind = SOURCE_KINDS.find((k) => expression.startsWith(k.prefix));
      return kind ? newSourceRow(kind.kind, expression.slice(kind.prefix.length)) : newSourceRow("context", expression);
    });
}

export function identitySourceFromRows(rows: SourceRow[]): string {
  return rows
    .filter((r) => r.name.trim())
    .map(expressionOf)
    .join(", ");
}

export function sourceRowProblem(row: SourceRow): string | undefined {
  const name = row.name.trim();
  if (!name) return "Enter a name.";
  const rule = NAME_RULES[row.kind];
  return rule.re.test(name) ? undefined : rule.message;
}
