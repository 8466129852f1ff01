/**
 * The JSONPath subset of Jayway JsonPath (the library the AWS docs point to for `$input.path`
 * and `$input.json`), with its result conventions:
 * - a definite path (`$`, `$.a.b`, `$['a']`, `$.a[0]`, `$.a[-1]`) yields the value, or null
 *   when it does not exist (AWS suppresses Jayway's PathNotFoundException: a missing path
 *   prints as empty, see values.ts);
 * - an indefinite path (`[*]`, `.*`, `..x`, `[0,1]`, `[1:3]`, `[?(...)]`) yields a list
 *   (JSONArray) of every match, possibly empty;
 * - a path that does not start with `$` is read as `$.` + path (Jayway does this too, so
 *   `$input.path('id')` works);
 * - `$['a','b']` as the last step yields a map of those keys.
 * Filters support `@.x`, `@.x <op> literal` (==, !=, <, <=, >, >=) joined with && and ||.
 */
import { VtlRuntimeError } from "./errors";
import { JMap, JsonArray, isNumeric, num, velocityEquals } from "./values";

type Step =
  | { kind: "prop"; names: string[] }
  | { kind: "index"; indexes: number[] }
  | { kind: "slice"; start?: number; end?: number }
  | { kind: "wild" }
  | { kind: "scan"; inner: Step }
  | { kind: "filter"; test: Filter };

type Filter = (node: unknown) => boolean;

export interface CompiledPath {
  steps: Step[];
  definite: boolean;
}

const cache = new Map<string, CompiledPath>();

export function compileJsonPath(path: string): CompiledPath {
  let c = cache.get(path);
  if (!c) {
    c = new PathParser(path).parse();
    if (cache.size > 2000) cache.clear();
    cache.set(path, c);
  }
  return c;
}

export function evaluateJsonPath(root: unknown, path: string): unknown {
  const c = compileJsonPath(path);
  let nodes: unknown[] = [root];
  c.steps.forEach((step, i) => {
    const last = i === c.steps.length - 1;
    const next: unknown[] = [];
    for (const n of nodes) apply(step, n, next, last);
    nodes = next;
  });
  if (c.definite) return nodes.length ? nodes[0] : null;
  const out = new JsonArray();
  for (const n of nodes) out.push(n);
  return out;
}

function apply(step: Step, node: unknown, out: unknown[], last: boolean): void {
  switch (step.kind) {
    case "prop":
      if (!(node instanceof JMap)) return;
      if (step.names.length > 1 && last) {
        const m = new JMap();
        for (const k of step.names) if (node.has(k)) m.set(k, node.get(k));
        out.push(m);
        return;
      }
      for (const k of step.names) if (node.has(k)) out.push(node.get(k));
      return;
    case "index":
      if (!Array.isArray(node)) return;
      for (const i of step.indexes) {
        const j = i < 0 ? node.length + i : i;
        if (j >= 0 && j < node.length) out.push(node[j]);
      }
      return;
    case "slice": {
      if (!Array.isArray(node)) return;
      const len = node.length;
      let s = step.start ?? 0;
      let e = step.end ?? len;
      if (s < 0) s = Math.max(0, len + s);
      if (e < 0) e = Math.max(0, len + e);
      for (let j = s; j < Math.min(e, len); j++) out.push(node[j]);
      return;
    }
    case "wild":
      if (node instanceof JMap) for (const v of node.values()) out.push(v);
      else if (Array.isArray(node)) for (const v of node) out.push(v);
      return;
    case "filter":
      if (Array.isArray(node)) {
        for (const v of node) if (step.test(v)) out.push(v);
      } else if (node instanceof JMap && step.test(node)) out.push(node);
      return;
    case "scan":
      scan(step.inner, node, out, 0);
      return;
  }
}

function scan(inner: Step, node: unknown, out: unknown[], depth: number): void {
  if (depth > 512) return;
  if (inner.kind === "wild") {
    // `..*`: every descendant.
    const children = node instanceof JMap ? [...node.values()] : Array.isArray(node) ? node : [];
    for (const c of children) {
      out.push(c);
      scan(inner, c, out, depth + 1);
    }
    return;
  }
  apply(inner, node, out, false);
  if (node instanceof JMap) for (const v of node.values()) scan(inner, v, out, depth + 1);
  else if (Array.isArray(node)) for (const v of node) scan(inner, v, out, depth + 1);
}

class PathParser {
  i = 0;
  s: string;
  constructor(readonly original: string) {
    let p = original.trim();
    if (!p) this.s = "";
    else if (p[0] !== "$" && p[0] !== "@") p = p[0] === "[" ? "$" + p : "$." + p;
    this.s = p;
  }

  fail(msg: string): never {
    throw new VtlRuntimeError(`invalid JSONPath '${this.original}': ${msg}`);
  }

  parse(): CompiledPath {
    if (!this.s) this.fail("path must not be empty");
    this.i = 1;
    const steps: Step[] = [];
    let definite = true;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      let step: Step;
      if (c === ".") {
        if (this.s[this.i + 1] === ".") {
          this.i += 2;
          const inner = this.s[this.i] === "[" ? this.bracket() : this.dotName();
          step = { kind: "scan", inner };
        } else {
          this.i++;
          step = this.dotName();
        }
      } else if (c === "[") {
        step = this.bracket();
      } else if (c === " ") {
        this.i++;
        continue;
      } else {
        this.fail(`unexpected '${c}' at position ${this.i}`);
      }
      if (step.kind !== "prop" && step.kind !== "index") definite = false;
      if (step.kind === "index" && step.indexes.length > 1) definite = false;
      if (step.kind === "prop" && step.names.length > 1 && this.i < this.s.length) definite = false;
      steps.push(step);
    }
    return { steps, definite };
  }

  dotName(): Step {
    const start = this.i;
    while (this.i < this.s.length && this.s[this.i] !== "." && this.s[this.i] !== "[") this.i++;
    const name = this.s.slice(start, this.i).trim();
    if (!name) this.fail("empty property name");
    if (name === "*") return { kind: "wild" };
    if (name.endsWith("()")) this.fail(`functions (${name}) are not supported`);
    return { kind: "prop", names: [name] };
  }

  bracket(): Step {
    const close = this.findClose();
    const body = this.s.slice(this.i + 1, close).trim();
    this.i = close + 1;
    if (body === "*") return { kind: "wild" };
    if (body.startsWith("?")) return { kind: "filter", test: parseFilter(body.slice(1).trim(), this) };
    if (body.startsWith("'") || body.startsWith('"')) return { kind: "prop", names: splitQuoted(body, this) };
    if (body.includes(":")) {
      const [a, b] = body.split(":").map((x) => x.trim());
      const int = (x: string) => (x === "" ? undefined : /^-?\d+$/.test(x) ? parseInt(x, 10) : this.fail(`bad slice '${body}'`));
      return { kind: "slice", start: int(a), end: int(b) };
    }
    const parts = body.split(",").map((x) => x.trim());
    if (!parts.every((x) => /^-?\d+$/.test(x))) this.fail(`bad index '${body}'`);
    return { kind: "index", indexes: parts.map((x) => parseInt(x, 10)) };
  }

  findClose(): number {
    let quote = "";
    let depth = 0;
    for (let j = this.i; j < this.s.length; j++) {
      const c = this.s[j];
      if (quote) {
        if (c === "\\") j++;
        else if (c === quote) quote = "";
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "[" || c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "]") {
        if (depth === 1) return j;
        depth--;
      }
    }
    return this.fail("unclosed '['");
  }
}

function splitQuoted(body: string, p: PathParser): string[] {
  const names: string[] = [];
  let j = 0;
  while (j < body.length) {
    const q = body[j];
    if (q !== "'" && q !== '"') p.fail(`bad property list '${body}'`);
    let name = "";
    j++;
    while (j < body.length && body[j] !== q) {
      if (body[j] === "\\" && j + 1 < body.length) j++;
      name += body[j++];
    }
    if (body[j] !== q) p.fail(`unterminated quote in '${body}'`);
    names.push(name);
    j++;
    while (body[j] === " ") j++;
    if (j < body.length) {
      if (body[j] !== ",") p.fail(`bad property list '${body}'`);
      j++;
      while (body[j] === " ") j++;
    }
  }
  return names;
}

/** `(@.a.b == 'x' && @.c)`: enough for the filters seen in mapping templates. */
function parseFilter(src: string, p: PathParser): Filter {
  let s = src;
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const ors = splitTop(s, "||");
  if (ors.length > 1) {
    const fs = ors.map((x) => parseFilter(x, p));
    return (n) => fs.some((f) => f(n));
  }
  const ands = splitTop(s, "&&");
  if (ands.length > 1) {
    const fs = ands.map((x) => parseFilter(x, p));
    return (n) => fs.every((f) => f(n));
  }
  const m = /^@((?:\.[^.\s=!<>]+|\[[^\]]+\])*)\s*(?:(==|!=|<=|>=|<|>)\s*(.+))?$/.exec(s);
  if (!m) return p.fail(`unsupported filter '${src}'`);
  const sub = m[1] ? compileJsonPath("$" + m[1]) : undefined;
  const get = (n: unknown) => (sub ? evaluateJsonPath(n, "$" + m[1]) : n);
  if (!m[2]) {
    return (n) => {
      const v = get(n);
      return v !== null && v !== undefined && !(sub && !sub.definite && Array.isArray(v) && v.length === 0);
    };
  }
  const lit = parseLiteral(m[3].trim(), p);
  const op = m[2];
  return (n) => {
    const v = get(n);
    if (op === "==") return v !== null && velocityEquals(v, lit);
    if (op === "!=") return !(v !== null && velocityEquals(v, lit));
    if (isNumeric(v) && isNumeric(lit)) {
      const a = num(v);
      const b = num(lit);
      return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
    }
    if (typeof v === "string" && typeof lit === "string") return op === "<" ? v < lit : op === "<=" ? v <= lit : op === ">" ? v > lit : v >= lit;
    return false;
  };
}

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let quote = "";
  let depth = 0;
  let start = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && s.startsWith(sep, j)) {
      out.push(s.slice(start, j).trim());
      start = j + sep.length;
      j += sep.length - 1;
    }
  }
  out.push(s.slice(start).trim());
  return out;
}

function parseLiteral(t: string, p: PathParser): unknown {
  if ((t.startsWith("'") && t.endsWith("'")) || (t.startsWith('"') && t.endsWith('"'))) return t.slice(1, -1);
  if (t === "true") return true;
  if (t === "false") return false;
  if (t === "null") return null;
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return Number(t);
  return p.fail(`unsupported filter literal '${t}'`);
}
