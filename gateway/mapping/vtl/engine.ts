/**
 * The renderer: velocityjs parses the template and drives blocks, scopes, macros and #define;
 * this subclass of its `Compile` overrides how values are read, compared, computed, assigned
 * and printed, because velocityjs uses JavaScript semantics where API Gateway (Java Velocity
 * 1.7) differs. Every override below says which difference it exists for.
 *
 * Parsing happens once, in `prepareProgram` (deployment load): the template, and every
 * double-quoted string literal that interpolates (velocityjs would re-parse those on each
 * render), are parsed, checked, and their whitespace gobbled the way Velocity 1.7 does.
 */
import { Compile, parse } from "velocityjs";
import { TemplateError, VtlRuntimeError } from "./errors";
import { MAX_STRING, getProperty, invokeMethod } from "./java-methods";
import {
  HostObject,
  JBigInteger,
  JDouble,
  JMap,
  NO_METHOD,
  isFloating,
  isNumeric,
  num,
  toJavaString,
  truthy,
  velocityEquals,
} from "./values";

type Ast = any;

export interface Limits {
  /** Iterations of one #foreach; API Gateway quota "Number of iterations in a #foreach ... #end loop: 1000". */
  foreach: number;
  /**
   * All loop iterations, macro calls and #define expansions of one render. AWS documents no such
   * limit (only 1,000 per loop, 10 MB payloads and the 29 s integration timeout); this bound keeps
   * nested loops (1,000^n iterations) from blocking the event loop: 200,000 steps render in well
   * under 100 ms.
   */
  steps: number;
  /** Characters of output (API Gateway's payload limit is 10 MB). */
  output: number;
  /** Nested macro calls: Velocity's velocimacro.max.depth default. */
  macroDepth: number;
  /** Nested #define expansions: Velocity's directive.define.max_depth default. */
  defineDepth: number;
  /** Elements of a range literal [a..b]. */
  range: number;
}

export const DEFAULT_LIMITS: Limits = {
  foreach: 1000,
  steps: 200_000,
  output: 10 * 1024 * 1024,
  macroDepth: 20,
  defineDepth: 2,
  range: 100_000,
};

export interface Program {
  asts: Ast[];
  /** Interpolated string literals, parsed once: source text → AST list. */
  strings: Map<string, Ast[]>;
  lines: string[];
  limits: Limits;
}

// ------------------------------------------------------------------ compile time

const END_MARK = "ARCHWAY_END_OF_TEMPLATE_6b1f0c";
/**
 * velocityjs's "custom block" table; it looks macro names up with `blocks[name]`, so with a
 * plain `{}` a call such as `#toString()` would find Object.prototype.toString and be read as a
 * block that never ends. A prototype-less object avoids that.
 */
const NO_BLOCKS: Record<string, boolean> = Object.create(null);
const GOBBLE = /^[ \t]*(?:\r\n|\n|\r)/;

/**
 * Velocity 1.7 syntax velocityjs lacks, rewritten to equivalent forms it knows: `#{if}(`,
 * `#{foreach}(`... (braced directive names) and `#stop` without parentheses.
 */
function preprocess(src: string): string {
  return src
    .replace(/#\{(if|elseif|foreach|set|macro|define)\}(?=[ \t]*\()/g, "#$1")
    .replace(/#(?:stop|\{stop\})(?![A-Za-z0-9_\-({])/g, "#stop()");
}

function syntaxError(e: unknown): TemplateError {
  const err = e as { message?: string; hash?: { line?: number; loc?: { first_line: number; first_column: number } } };
  const loc = err.hash?.loc;
  const line = loc ? loc.first_line : err.hash?.line !== undefined ? err.hash.line + 1 : undefined;
  // jison's columns drift inside directives (its lexer re-scans), so only the line is reported.
  const detail = (err.message ?? String(e)).split("\n");
  // jison's message: "Parse error on line N:\n<excerpt>\n---^\nExpecting ..., got ..."
  const summary = [detail[0].replace(/ on line \d+:?/, "").replace(/\.$/, ""), detail.slice(3).join(" ")].filter(Boolean).join(": ");
  return new TemplateError(`Template syntax error: ${summary}`, "syntax", line);
}

function parseChecked(src: string): Ast[] {
  let asts: Ast[];
  try {
    asts = parse(src, NO_BLOCKS, false) as Ast[];
  } catch (e) {
    throw syntaxError(e);
  }
  checkBlocks(src);
  checkElse(asts, null);
  gobble(asts);
  return asts;
}

/**
 * velocityjs silently accepts an unclosed #if/#foreach (it runs to the end of the template) and
 * a stray #end (everything after it is dropped); Velocity rejects both. Parsing once more with a
 * marker appended tells them apart: balanced templates keep the marker at the top level.
 */
function checkBlocks(src: string): void {
  let asts: Ast[];
  try {
    asts = parse(src + "\n" + END_MARK, NO_BLOCKS, false) as Ast[];
  } catch {
    return; // the real parse already succeeded; nothing more to learn here
  }
  // An unclosed block swallows the marker (velocityjs then also repeats the block's content
  // after it, at the top level, so the top-level test alone is not enough).
  const open = findOpenBlock(asts);
  if (open) {
    const head = open[0];
    throw new TemplateError(`Template syntax error: #${head.type}${head.id ? ` ${head.id}` : ""} is never closed with #end`, "syntax", head.pos?.first_line, head.pos ? head.pos.first_column + 1 : undefined);
  }
  const last = asts[asts.length - 1];
  if (typeof last === "string" && last.endsWith(END_MARK)) return;
  throw new TemplateError("Template syntax error: #end without a matching #if, #foreach, #macro or #define", "syntax", strayEndLine(src));
}

/** True when an #end in `src` closes nothing: everything after it, the marker too, is dropped. */
function hasStrayEnd(src: string): boolean {
  try {
    return !containsMark(parse(src + "\n" + END_MARK, NO_BLOCKS, false) as Ast[]);
  } catch {
    return false;
  }
}

function containsMark(list: Ast[]): boolean {
  return list.some((el) => (typeof el === "string" ? el.includes(END_MARK) : Array.isArray(el) && containsMark(el)));
}

/** The line of the first #end that closes nothing (error path only). */
function strayEndLine(src: string): number | undefined {
  for (const m of src.matchAll(/#(?:end|\{end\})/g)) {
    const upTo = (m.index as number) + m[0].length;
    if (hasStrayEnd(src.slice(0, upTo))) return src.slice(0, m.index).split(/\r\n|\n|\r/).length;
  }
  return undefined;
}

function findOpenBlock(list: Ast[]): Ast[] | undefined {
  for (const el of list) {
    if (!Array.isArray(el)) continue;
    if (el.some((x: Ast) => typeof x === "string" && x.includes(END_MARK))) return el;
    const inner = findOpenBlock(el);
    if (inner) return inner;
  }
  return undefined;
}

function checkElse(list: Ast[], head: Ast | null): void {
  list.forEach((el, i) => {
    if (Array.isArray(el)) checkElse(el, el[0]);
    else if (el && typeof el === "object" && (el.type === "else" || el.type === "elseif") && !(i > 0 && head?.type === "if")) {
      throw new TemplateError(`Template syntax error: #${el.type} outside of an #if block`, "syntax", el.pos?.first_line, el.pos ? el.pos.first_column + 1 : undefined);
    }
  });
}

/**
 * Velocity 1.7 whitespace: a directive eats the spaces and the one line break that follow it
 * (its closing parenthesis, #else and #end tokens include them), indentation before a directive
 * is kept, except before #set whose token also takes the spaces and tabs in front of it. `##`
 * comments run through the line break; `#* *#`, `#break` and references eat nothing.
 * velocityjs applies the first rule (for \n only) and not the #set one; this pass replaces it.
 */
function gobble(list: Ast[]): void {
  const eatNext = (i: number) => {
    if (typeof list[i] === "string") list[i] = (list[i] as string).replace(GOBBLE, "");
  };
  for (let i = 0; i < list.length; i++) {
    const el = list[i];
    if (typeof el === "string") continue;
    if (Array.isArray(el)) {
      gobble(el); // its head (#if, #foreach, ...) eats the start of its body
      eatNext(i + 1); // #end
      continue;
    }
    switch (el.type) {
      case "references":
      case "raw":
      case "break":
        break;
      case "comment":
        if (String(el.value).startsWith("##")) eatNext(i + 1);
        break;
      case "set":
        if (typeof list[i - 1] === "string") list[i - 1] = (list[i - 1] as string).replace(/[ \t]+$/, "");
        eatNext(i + 1);
        break;
      case "macro_call":
        if (el.id !== "stop") eatNext(i + 1);
        break;
      default:
        eatNext(i + 1);
    }
  }
}

function collectStrings(node: Ast, out: Map<string, Ast[]>, line?: number): void {
  if (Array.isArray(node)) {
    for (const n of node) collectStrings(n, out, line);
    return;
  }
  if (!node || typeof node !== "object") return;
  const at = node.pos?.first_line ?? line;
  if (node.type === "string" && node.isEval && /[$#]/.test(node.value) && !out.has(node.value)) {
    let sub: Ast[];
    try {
      sub = parseChecked(preprocess(node.value));
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      throw new TemplateError(`${e.message.replace(/ \(line .*\)$/, "")} in a string literal`, "syntax", at);
    }
    stripPositions(sub);
    out.set(node.value, sub);
    collectStrings(sub, out, at);
  }
  for (const k of Object.keys(node)) if (k !== "pos" && typeof node[k] === "object") collectStrings(node[k], out, at);
}

/** Positions inside a string literal are relative to the literal; errors keep the outer line. */
function stripPositions(node: Ast): void {
  if (Array.isArray(node)) node.forEach(stripPositions);
  else if (node && typeof node === "object") {
    delete node.pos;
    for (const k of Object.keys(node)) if (typeof node[k] === "object") stripPositions(node[k]);
  }
}

export function prepareProgram(source: string, limits: Limits): Program {
  const src = preprocess(source);
  const asts = parseChecked(src);
  const strings = new Map<string, Ast[]>();
  collectStrings(asts, strings);
  return { asts, strings, lines: src.split(/\r\n|\n|\r/), limits };
}

// ------------------------------------------------------------------ render time

interface CompileBase {
  context: Record<string, unknown>;
  macros: Record<string, unknown>;
  defines: Record<string, Ast[]>;
  conditions: string[];
  local: Record<string, Record<string, unknown>>;
  contextId: string;
  runState: { stop: boolean; break: boolean };
  macrosStore: Record<string, { asts: Ast[]; args: Ast[] }>;
  asts: Ast[];
  render(context?: object, macros?: object, silence?: boolean): string;
  getMacro(ast: Ast, bodyContent?: string): string;
  getBlock(block: Ast[]): string;
  getLocal(ast: Ast): { value: unknown; isLocal: boolean };
}

const VelocityCompile = Compile as unknown as new (asts: Ast[], config?: object) => CompileBase;

export class Renderer extends VelocityCompile {
  /** Position of the directive or reference being evaluated, for error messages. */
  pos?: { first_line: number; first_column: number };
  private steps = 0;
  private macroDepth = 0;
  private defineDepth = 0;
  private loopIds = 0;

  constructor(private readonly program: Program) {
    super(program.asts, {});
  }

  run(context: Record<string, unknown>): string {
    return this.render(context, {}, false);
  }

  private step(): void {
    if (++this.steps > this.program.limits.steps) {
      throw new VtlRuntimeError(`template exceeded ${this.program.limits.steps} loop iterations and macro calls`, "limit");
    }
  }

  private checkOutput(s: string): string {
    if (s.length > this.program.limits.output) throw new VtlRuntimeError(`template output exceeded ${this.program.limits.output} characters`, "limit");
    return s;
  }

  /** Replaces velocityjs's: Java printing of values, null printed as "", #break ending the enclosing lists. */
  renderAstList(asts?: Ast[], contextId?: string): string {
    const list = asts ?? this.asts;
    if (contextId) {
      if (contextId !== this.contextId && !this.conditions.includes(contextId)) this.conditions.unshift(contextId);
      this.contextId = contextId;
    } else {
      this.contextId = "";
    }
    let out = "";
    for (const ast of list) {
      if (this.runState.stop || this.runState.break) break;
      if (typeof ast === "string") {
        out += ast;
      } else if (Array.isArray(ast)) {
        if (ast[0]?.pos) this.pos = ast[0].pos;
        out += this.getBlock(ast);
      } else {
        if (ast.pos) this.pos = ast.pos;
        switch (ast.type) {
          case "references": {
            const v = this.getReferences(ast, true);
            out += v === null || v === undefined ? "" : toJavaString(v);
            break;
          }
          case "set":
            this.setValue(ast);
            break;
          case "break":
            this.runState.break = true;
            break;
          case "macro_call":
            out += this.getMacro(ast);
            break;
          case "raw":
            out += ast.value;
            break;
          default:
            break; // comments
        }
      }
      this.checkOutput(out);
    }
    return out;
  }

  /**
   * Replaces velocityjs's: a reference whose value is null or missing evaluates to "" (AWS
   * prints `$missing` as nothing and `$missing == ""` is true, see values.ts), where velocityjs
   * would print the reference's text and compare undefined. Properties and methods resolve
   * with Java semantics (java-methods.ts).
   */
  getReferences(ast: Ast, _isVal?: boolean): unknown {
    if (ast.pos) this.pos = ast.pos;
    if (ast.prue && !ast.path && ast.args === undefined && Array.isArray(this.defines[ast.id])) return this.renderDefine(this.defines[ast.id]);
    let ret: unknown;
    const local = this.getLocal(ast);
    if (local.isLocal) ret = local.value;
    else if (Object.prototype.hasOwnProperty.call(this.context, ast.id)) ret = this.context[ast.id];
    if (ast.args !== undefined) ret = undefined; // `$name()` is not a Velocity construct
    if (Array.isArray(ast.path)) {
      for (const property of ast.path) {
        if (ret === null || ret === undefined) break;
        ret = this.getAttributes(property, ret, ast);
      }
    }
    return ret === null || ret === undefined ? "" : ret;
  }

  private renderDefine(asts: Ast[]): string {
    if (this.defineDepth >= this.program.limits.defineDepth) return "";
    this.step();
    this.defineDepth++;
    const saved = this.contextId;
    try {
      return this.renderAstList(asts, saved);
    } finally {
      this.defineDepth--;
      this.contextId = saved;
    }
  }

  getAttributes(property: Ast, baseRef: unknown, ast: Ast): unknown {
    if (baseRef === null || baseRef === undefined) return undefined;
    if (property.type === "method") return this.getPropMethod(property, baseRef, ast);
    if (property.type === "property") return getProperty(baseRef, property.id);
    return indexGet(baseRef, this.indexKey(property));
  }

  private indexKey(property: Ast): unknown {
    const id = property.id;
    return id.type === "references" ? this.getReferences(id) : this.getLiteral(id);
  }

  getPropMethod(property: Ast, baseRef: unknown, _ast: Ast): unknown {
    const args = (property.args || []).map((a: Ast) => this.getLiteral(a));
    const r = invokeMethod(baseRef, property.id, args);
    if (r === NO_METHOD) return undefined;
    if (typeof r === "string" && r.length > MAX_STRING) throw new VtlRuntimeError(`string longer than ${MAX_STRING} characters`, "limit");
    return r;
  }

  /** Replaces velocityjs's: Java literal types (1 is an Integer, 1.0 a Double, {..} a LinkedHashMap). */
  getLiteral(literal: Ast): unknown {
    switch (literal.type) {
      case "string":
        return literal.isEval && /[$#]/.test(literal.value) ? this.evalStr(literal.value) : literal.value;
      case "integer":
        return typeof literal.value === "number" ? literal.value : parseInt(literal.value, 10);
      case "decimal":
        return new JDouble(typeof literal.value === "number" ? literal.value : parseFloat(literal.value));
      case "bool":
        return literal.value === "true" ? true : literal.value === "false" ? false : "";
      case "array":
        return this.getArray(literal);
      case "map": {
        const m = new JMap();
        for (const [k, v] of Object.entries(literal.value || {})) m.set(k, this.getLiteral(v));
        return m;
      }
      case "math":
        return this.getExpression(literal);
      default:
        return this.getReferences(literal, false);
    }
  }

  /** Replaces velocityjs's, which parses the string on every render. */
  evalStr(str: string): string {
    let asts = this.program.strings.get(str);
    if (!asts) {
      asts = parseChecked(preprocess(str));
      stripPositions(asts);
      this.program.strings.set(str, asts);
    }
    const saved = this.contextId;
    const out = this.renderAstList(asts, saved);
    this.contextId = saved;
    if (out.length > MAX_STRING) throw new VtlRuntimeError(`string longer than ${MAX_STRING} characters`, "limit");
    return out;
  }

  getArray(literal: Ast): unknown[] {
    if (!literal.isRange) return literal.value.map((e: Ast) => this.getLiteral(e));
    const [b, e] = literal.value.map((x: Ast) => (typeof x === "string" ? parseInt(x, 10) : typeof x === "number" ? x : rangeBound(this.getReferences(x))));
    if (b === null || e === null || Number.isNaN(b) || Number.isNaN(e)) return [];
    if (Math.abs(e - b) + 1 > this.program.limits.range) throw new VtlRuntimeError(`range [${b}..${e}] is larger than ${this.program.limits.range} elements`, "limit");
    const out: number[] = [];
    if (b <= e) for (let i = b; i <= e; i++) out.push(i);
    else for (let i = b; i >= e; i--) out.push(i);
    return out;
  }

  /** Replaces velocityjs's JavaScript operators with Velocity 1.7's (MathUtils, ASTEQNode, ...). */
  getExpression(ast: Ast): unknown {
    if (ast.type !== "math") return this.getLiteral(ast);
    const [a, b] = ast.expression;
    switch (ast.operator) {
      case "&&":
        return truthy(this.getExpression(a)) && truthy(this.getExpression(b));
      case "||":
        return truthy(this.getExpression(a)) || truthy(this.getExpression(b));
      case "not":
        return !truthy(this.getExpression(a));
      case "parenthesis":
        return this.getExpression(a);
      case "minus": {
        const v = this.getExpression(a);
        if (!isNumeric(v)) return null;
        return isFloating(v) ? new JDouble(-num(v)) : -num(v);
      }
      case "==":
        return velocityEquals(this.getExpression(a), this.getExpression(b));
      case "!=":
        return !velocityEquals(this.getExpression(a), this.getExpression(b));
      case ">":
      case "<":
      case ">=":
      case "<=": {
        const l = this.getExpression(a);
        const r = this.getExpression(b);
        if (!isNumeric(l) || !isNumeric(r)) return false; // Velocity logs an error and yields false
        const x = num(l);
        const y = num(r);
        return ast.operator === ">" ? x > y : ast.operator === "<" ? x < y : ast.operator === ">=" ? x >= y : x <= y;
      }
      default:
        return arithmetic(ast.operator, this.getExpression(a), this.getExpression(b));
    }
  }

  /**
   * Replaces velocityjs's: assignment through Java maps and lists (`#set($map.key = ..)`,
   * `#set($context.responseOverride.status = 400)`), no auto-created intermediate objects
   * (Velocity leaves `#set($missing.x = 1)` without effect).
   */
  setValue(ast: Ast): void {
    const ref = ast.equal[0];
    const valAst = ast.equal[1];
    const value = valAst.type === "math" ? this.getExpression(valAst) : this.getLiteral(valAst);
    const path: Ast[] = ref.path ?? [];
    const inMacro = this.contextId.startsWith("macro:");
    let scope: Record<string, unknown> = this.context;
    if (!inMacro) {
      for (const c of this.conditions) {
        const l = this.local[c];
        if (l && Object.prototype.hasOwnProperty.call(l, ref.id)) {
          scope = l;
          break;
        }
      }
    }
    if (path.length === 0) {
      scope[ref.id] = value;
      return;
    }
    // A path assignment mutates the object the variable holds, wherever the variable lives.
    const local = this.getLocal(ref);
    let base: unknown = local.isLocal ? local.value : Object.prototype.hasOwnProperty.call(this.context, ref.id) ? this.context[ref.id] : undefined;
    for (let i = 0; i < path.length - 1 && base !== null && base !== undefined; i++) base = this.getAttributes(path[i], base, ref);
    if (base === null || base === undefined) return;
    const last = path[path.length - 1];
    const key = last.type === "property" ? last.id : last.type === "index" ? this.indexKey(last) : undefined;
    if (key === undefined) return;
    if (base instanceof JMap) base.set(key instanceof JDouble || key instanceof JBigInteger ? key.valueOf() : key, value);
    else if (Array.isArray(base) && typeof key === "number" && Number.isInteger(key)) {
      const i = key < 0 ? base.length + key : key;
      if (i < 0 || i >= base.length) throw new VtlRuntimeError(`index ${key} out of range for a list of size ${base.length}`);
      base[i] = value;
    }
  }

  getBlock(block: Ast[]): string {
    const head = block[0];
    if (head.type === "if") return this.getBlockIf(block);
    if (head.type === "foreach") return this.getBlockEach(block);
    return super.getBlock(block);
  }

  /** Replaces velocityjs's: Velocity truthiness (see values.ts `truthy`). */
  getBlockIf(block: Ast[]): string {
    let chosen: Ast[] | null = null;
    for (const ast of block) {
      const type = typeof ast === "object" && !Array.isArray(ast) ? ast.type : undefined;
      if (type === "if" || type === "elseif" || type === "else") {
        if (chosen) break;
        if (ast.pos) this.pos = ast.pos;
        if (type === "else" || truthy(this.getExpression(ast.condition))) chosen = [];
        continue;
      }
      if (chosen) chosen.push(ast);
    }
    return chosen ? this.renderAstList(chosen, this.contextId) : "";
  }

  /**
   * Replaces velocityjs's: at most `limits.foreach` iterations (Velocity's
   * directive.foreach.maxloops, which stops the loop without an error; $foreach.hasNext still
   * reflects the underlying list), maps iterate their values, #break resets, the loop variable
   * goes out of scope afterwards, and `$foreach.first/last`, `$velocityHasNext` exist.
   */
  getBlockEach(block: Ast[]): string {
    const head = block[0];
    if (head.pos) this.pos = head.pos;
    const from = this.getLiteral({ ...head.from, pos: head.pos });
    const items = Array.isArray(from) ? Array.from(from) : from instanceof JMap ? [...from.values()] : [];
    const body = block.slice(1);
    const contextId = `foreach:${++this.loopIds}`;
    const local: Record<string, unknown> = {};
    const savedContextId = this.contextId;
    this.local[contextId] = local;
    this.conditions.unshift(contextId);
    let out = "";
    try {
      const n = Math.min(items.length, this.program.limits.foreach);
      for (let i = 0; i < n; i++) {
        this.step();
        const hasNext = i + 1 < items.length;
        local[head.to] = items[i];
        local.foreach = { index: i, count: i + 1, hasNext, first: i === 0, last: !hasNext };
        local.velocityCount = i + 1;
        local.velocityHasNext = hasNext;
        out += this.renderAstList(body, contextId);
        this.checkOutput(out);
        if (this.runState.break) {
          this.runState.break = false;
          break;
        }
        if (this.runState.stop) break;
      }
    } finally {
      const at = this.conditions.indexOf(contextId);
      if (at >= 0) this.conditions.splice(at, 1);
      delete this.local[contextId];
      this.contextId = savedContextId;
    }
    return out;
  }

  /**
   * Adds to velocityjs's: the recursion guard (Velocity throws once velocimacro.max.depth is
   * exceeded), #stop, #include/#parse/#evaluate refused (API Gateway has no resources to load),
   * and an undefined macro printing its own text as Velocity does (velocityjs prints nothing).
   */
  getMacro(ast: Ast, bodyContent?: string): string {
    if (!Object.prototype.hasOwnProperty.call(this.macrosStore, ast.id)) {
      if (ast.id === "stop") {
        this.runState.stop = true;
        return "";
      }
      if (ast.id === "include" || ast.id === "parse" || ast.id === "evaluate") {
        throw new VtlRuntimeError(`#${ast.id} is not supported in API Gateway mapping templates`);
      }
      return this.sourceText(ast);
    }
    if (this.macroDepth >= this.program.limits.macroDepth) {
      throw new VtlRuntimeError(`Max calling depth of ${this.program.limits.macroDepth} was exceeded in macro '${ast.id}'`, "limit");
    }
    this.step();
    this.macroDepth++;
    try {
      return super.getMacro(ast, bodyContent);
    } finally {
      this.macroDepth--;
    }
  }

  private sourceText(ast: Ast): string {
    const p = ast.pos;
    if (p && p.first_line === p.last_line) {
      const line = this.program.lines[p.first_line - 1];
      if (line !== undefined) return line.slice(p.first_column, p.last_column);
    }
    const args = (ast.args || []).map((a: Ast) => (a.type === "string" ? (a.isEval ? `"${a.value}"` : `'${a.value}'`) : a.type === "references" ? `$${a.id}` : String(a.value)));
    return `#${ast.id}(${args.join(" ")})`;
  }
}

function rangeBound(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (v instanceof JBigInteger) return Number(v.big);
  return null;
}

function indexGet(base: unknown, key: unknown): unknown {
  if (base instanceof JMap) {
    const k = key instanceof JDouble || key instanceof JBigInteger ? key.valueOf() : key;
    return base.has(k) ? base.get(k) : undefined;
  }
  if (Array.isArray(base)) {
    if (typeof key !== "number" || !Number.isInteger(key)) return undefined;
    const i = key < 0 ? base.length + key : key;
    return i >= 0 && i < base.length ? base[i] : undefined;
  }
  if (base instanceof HostObject && typeof key === "string") return base.vtlGet(key);
  return undefined;
}

/**
 * Velocity 1.7 arithmetic: `+` concatenates when either side is a String; otherwise both sides
 * must be numbers. Integer operands use integer arithmetic (10 / 3 = 3, truncating like Java),
 * a Double operand makes the result a Double; division or modulo by zero yields null.
 */
function arithmetic(op: string, l: unknown, r: unknown): unknown {
  if (op === "+" && (typeof l === "string" || typeof r === "string")) {
    const s = toJavaString(l ?? "") + toJavaString(r ?? "");
    if (s.length > MAX_STRING) throw new VtlRuntimeError(`string longer than ${MAX_STRING} characters`, "limit");
    return s;
  }
  if (!isNumeric(l) || !isNumeric(r)) return null;
  const x = num(l);
  const y = num(r);
  if ((op === "/" || op === "%") && y === 0) return null;
  if (isFloating(l) || isFloating(r)) {
    const v = op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : op === "/" ? x / y : x % y;
    return new JDouble(v);
  }
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return Math.trunc(x / y);
    case "%":
      return x % y;
  }
  return null;
}
