/**
 * A line diff in unified format (`@@ -a,b +c,d @@`, then " ", "-" and "+" lines), for showing
 * how a mapping template, a model schema or a policy changed between two deployments. Pure.
 *
 * The common head and tail are trimmed first; the middle is aligned with a longest-common-
 * subsequence table. Past MAX_CELLS (two very large, very different texts) the middle is shown
 * as removed and re-added instead, which is still a correct diff, only a coarser one.
 */

const MAX_CELLS = 4_000_000;

type Op = { kind: " " | "-" | "+"; text: string; a: number; b: number };

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function align(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: " ", text: a[i], a: i, b: i });

  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const n = am.length;
  const m = bm.length;
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ kind: "-", text: am[i], a: head + i, b: head });
    for (let j = 0; j < m; j++) ops.push({ kind: "+", text: bm[j], a: head + n, b: head + j });
  } else {
    // lcs[i][j]: length of the LCS of am[i..] and bm[j..], in one flat array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = am[i] === bm[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: " ", text: am[i], a: head + i, b: head + j });
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
        ops.push({ kind: "+", text: bm[j], a: head + i, b: head + j });
        j++;
      } else {
        ops.push({ kind: "-", text: am[i], a: head + i, b: head + j });
        i++;
      }
    }
    // Removals before additions within a run of changes, as diff(1) prints them.
    sortChangeRuns(ops);
  }
  for (let k = tail; k > 0; k--) ops.push({ kind: " ", text: a[a.length - k], a: a.length - k, b: b.length - k });
  return ops;
}

function sortChangeRuns(ops: Op[]): void {
  let start = 0;
  while (start < ops.length) {
    if (ops[start].kind === " ") {
      start++;
      continue;
    }
    let end = start;
    while (end < ops.length && ops[end].kind !== " ") end++;
    const run = ops.slice(start, end);
    const sorted = [...run.filter((o) => o.kind === "-"), ...run.filter((o) => o.kind === "+")];
    ops.splice(start, run.length, ...sorted);
    start = end;
  }
}

/** `start,count` of a hunk side; with count 0 the start is the line before, as in GNU diff. */
function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

/**
 * The unified diff of two texts, as lines: hunk headers and " ", "-", "+" lines, with
 * `context` unchanged lines around each change. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, context = 3): string[] {
  if (before === after) return [];
  const ops = align(splitLines(before), splitLines(after));
  const changed = ops.map((o, i) => (o.kind === " " ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return []; // differ only in a trailing newline
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const first = changed[k];
    let last = first;
    while (k + 1 < changed.length && changed[k + 1] - last <= 2 * context + 1) last = changed[++k];
    k++;
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== "+").length;
    const bCount = slice.filter((o) => o.kind !== "-").length;
    const aStart = slice.find((o) => o.kind !== "+")?.a ?? ops[from].a;
    const bStart = slice.find((o) => o.kind !== "-")?.b ?? ops[from].b;
    out.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@`);
    for (const o of slice) out.push(`${o.kind}${o.text}`);
  }
  return out;
}
