/**
 * Method calls and property reads on template values, with the Java semantics AWS templates
 * rely on. velocityjs would call the JavaScript method of the same name, which differs for most
 * of them: `replaceAll`/`split`/`matches` take a Java regex (JS: a literal or a JS regex),
 * `split` drops trailing empty strings, `length()` is a method (JS: a property), `substring`
 * throws on bad bounds, `equals`/`contains`/`isEmpty` do not exist, `Map.size()` is a getter in
 * JS, `List.add` returns true, `Map.put` returns the previous value, and so on.
 *
 * Velocity resolves `$obj.name` as obj.getName(), obj.get("name") (maps), or obj.isName(); an
 * unknown method or property yields null (printed as "" by AWS). A Java exception inside a
 * method (index out of bounds, bad regex) makes the whole transformation fail.
 */
import { VtlRuntimeError } from "./errors";
import {
  HostObject,
  JBigInteger,
  JDouble,
  JEntry,
  JMap,
  NO_METHOD,
  isFloating,
  isNumeric,
  javaStrictEquals,
  num,
  toJavaString,
} from "./values";

export const MAX_STRING = 10 * 1024 * 1024;

function str(v: unknown): string {
  return typeof v === "string" ? v : toJavaString(v);
}

function int(v: unknown, what: string): number {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (v instanceof JBigInteger) return Number(v.big);
  throw new VtlRuntimeError(`${what}: expected an integer argument, got '${toJavaString(v)}'`);
}

function checkLength(s: string): string {
  if (s.length > MAX_STRING) throw new VtlRuntimeError(`string longer than ${MAX_STRING} characters`, "limit");
  return s;
}

/** `$obj.name`: returns undefined when the property does not exist. */
export function getProperty(target: unknown, name: string): unknown {
  if (target === null || target === undefined) return undefined;
  if (target instanceof JMap) return target.has(name) ? target.get(name) : undefined;
  if (target instanceof HostObject) return target.vtlGet(name);
  if (target instanceof JEntry) {
    if (name === "key") return target.key;
    if (name === "value") return target.value;
    return undefined;
  }
  if (typeof target === "string" || Array.isArray(target)) {
    // getName()/isName(): only `empty` (isEmpty) exists among the supported methods.
    if (name === "empty") return typeof target === "string" ? target.length === 0 : target.length === 0;
    return undefined;
  }
  if (typeof target === "object" && !(target instanceof JDouble) && !(target instanceof JBigInteger)) {
    // Engine-made plain objects ($foreach): own properties only, never the prototype chain.
    return Object.prototype.hasOwnProperty.call(target, name) ? (target as Record<string, unknown>)[name] : undefined;
  }
  return undefined;
}

/** `$obj.name(args)`: returns NO_METHOD when there is no such method. */
export function invokeMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target === null || target === undefined) return NO_METHOD;
  if (target instanceof HostObject) return target.vtlCall(name, args);
  if (typeof target === "string") return stringMethod(target, name, args);
  if (target instanceof JMap) return mapMethod(target, name, args);
  if (Array.isArray(target)) return listMethod(target, name, args);
  if (isNumeric(target)) return numberMethod(target, name, args);
  if (typeof target === "boolean") return booleanMethod(target, name, args);
  if (target instanceof JEntry) {
    if (name === "getKey" && !args.length) return target.key;
    if (name === "getValue" && !args.length) return target.value;
    if (name === "setValue" && args.length === 1) {
      const old = target.value;
      target.map.set(target.key, args[0]);
      return old;
    }
    return commonMethod(target, name, args);
  }
  if (typeof target === "object") {
    // $foreach.hasNext() style calls on engine-made objects.
    if (!args.length && Object.prototype.hasOwnProperty.call(target, name)) return (target as Record<string, unknown>)[name];
    return commonMethod(target, name, args);
  }
  return NO_METHOD;
}

function commonMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (name === "toString" && !args.length) return toJavaString(target);
  if (name === "equals" && args.length === 1) return javaStrictEquals(target, args[0]);
  return NO_METHOD;
}

function bounds(ok: boolean, what: string): void {
  if (!ok) throw new VtlRuntimeError(`${what}: index out of range`);
}

function stringMethod(s: string, name: string, a: unknown[]): unknown {
  const n = a.length;
  switch (name) {
    case "length":
      return n === 0 ? s.length : NO_METHOD;
    case "isEmpty":
      return n === 0 ? s.length === 0 : NO_METHOD;
    case "toString":
    case "intern":
      return n === 0 ? s : NO_METHOD;
    case "toLowerCase":
      return n === 0 ? s.toLowerCase() : NO_METHOD;
    case "toUpperCase":
      return n === 0 ? s.toUpperCase() : NO_METHOD;
    case "trim": {
      if (n) return NO_METHOD;
      let b = 0;
      let e = s.length;
      while (b < e && s.charCodeAt(b) <= 0x20) b++;
      while (e > b && s.charCodeAt(e - 1) <= 0x20) e--;
      return s.slice(b, e);
    }
    case "charAt": {
      if (n !== 1) return NO_METHOD;
      const i = int(a[0], "charAt");
      bounds(i >= 0 && i < s.length, `String index ${i}`);
      return s[i];
    }
    case "substring": {
      if (n !== 1 && n !== 2) return NO_METHOD;
      const b = int(a[0], "substring");
      const e = n === 2 ? int(a[1], "substring") : s.length;
      bounds(b >= 0 && e <= s.length && b <= e, `substring(${b}, ${e}) of a string of length ${s.length}`);
      return s.slice(b, e);
    }
    case "indexOf":
    case "lastIndexOf": {
      if (n !== 1 && n !== 2) return NO_METHOD;
      const needle = str(a[0]);
      if (name === "indexOf") return n === 2 ? s.indexOf(needle, Math.max(0, int(a[1], name))) : s.indexOf(needle);
      return n === 2 ? (int(a[1], name) < 0 ? -1 : s.lastIndexOf(needle, int(a[1], name))) : s.lastIndexOf(needle);
    }
    case "contains":
      return n === 1 ? s.includes(str(a[0])) : NO_METHOD;
    case "startsWith":
      if (n === 1) return s.startsWith(str(a[0]));
      if (n === 2) {
        const off = int(a[1], name);
        return off >= 0 && off <= s.length && s.startsWith(str(a[0]), off);
      }
      return NO_METHOD;
    case "endsWith":
      return n === 1 ? s.endsWith(str(a[0])) : NO_METHOD;
    case "equals":
      return n === 1 ? typeof a[0] === "string" && a[0] === s : NO_METHOD;
    case "equalsIgnoreCase":
      return n === 1 ? typeof a[0] === "string" && a[0].length === s.length && (a[0] === s || a[0].toUpperCase() === s.toUpperCase() || a[0].toLowerCase() === s.toLowerCase()) : NO_METHOD;
    case "compareTo":
    case "compareToIgnoreCase": {
      if (n !== 1) return NO_METHOD;
      let x = s;
      let y = str(a[0]);
      if (name === "compareToIgnoreCase") {
        x = x.toUpperCase().toLowerCase();
        y = y.toUpperCase().toLowerCase();
      }
      const len = Math.min(x.length, y.length);
      for (let i = 0; i < len; i++) if (x.charCodeAt(i) !== y.charCodeAt(i)) return x.charCodeAt(i) - y.charCodeAt(i);
      return x.length - y.length;
    }
    case "concat":
      return n === 1 ? checkLength(s + str(a[0])) : NO_METHOD;
    case "replace":
      // String.replace(CharSequence, CharSequence): literal, every occurrence.
      return n === 2 ? checkLength(literalReplace(s, str(a[0]), str(a[1]))) : NO_METHOD;
    case "replaceAll":
    case "replaceFirst":
      return n === 2 ? checkLength(regexReplace(s, str(a[0]), str(a[1]), name === "replaceAll")) : NO_METHOD;
    case "matches":
      return n === 1 ? javaRegex(str(a[0]), "full").test(s) : NO_METHOD;
    case "split":
      if (n !== 1 && n !== 2) return NO_METHOD;
      return javaSplit(s, str(a[0]), n === 2 ? int(a[1], "split") : 0);
    case "hashCode": {
      if (n) return NO_METHOD;
      let h = 0;
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
      return h;
    }
  }
  return NO_METHOD;
}

function literalReplace(s: string, target: string, repl: string): string {
  if (target === "") {
    // Java inserts the replacement between every char and at both ends.
    let out = repl;
    for (const ch of s.split("")) out += ch + repl;
    return out;
  }
  return s.split(target).join(repl);
}

function mapMethod(m: JMap, name: string, a: unknown[]): unknown {
  const n = a.length;
  switch (name) {
    case "get":
      return n === 1 ? (m.has(key(a[0])) ? m.get(key(a[0])) : null) : NO_METHOD;
    case "getOrDefault":
      return n === 2 ? (m.has(key(a[0])) ? m.get(key(a[0])) : a[1]) : NO_METHOD;
    case "put":
    case "putIfAbsent": {
      if (n !== 2) return NO_METHOD;
      const k = key(a[0]);
      const old = m.has(k) ? m.get(k) : null;
      if (name === "put" || old === null) m.set(k, a[1]);
      return old;
    }
    case "putAll":
      if (n !== 1 || !(a[0] instanceof JMap)) return NO_METHOD;
      for (const [k, v] of a[0]) m.set(k, v);
      return null;
    case "remove": {
      if (n !== 1) return NO_METHOD;
      const k = key(a[0]);
      const old = m.has(k) ? m.get(k) : null;
      m.delete(k);
      return old;
    }
    case "containsKey":
      return n === 1 ? m.has(key(a[0])) : NO_METHOD;
    case "containsValue":
      return n === 1 ? [...m.values()].some((v) => javaStrictEquals(v, a[0])) : NO_METHOD;
    case "size":
      return n === 0 ? m.size : NO_METHOD;
    case "isEmpty":
      return n === 0 ? m.size === 0 : NO_METHOD;
    case "keySet":
      return n === 0 ? [...m.keys()] : NO_METHOD;
    case "values":
      return n === 0 ? [...m.values()] : NO_METHOD;
    case "entrySet":
      return n === 0 ? [...m.keys()].map((k) => new JEntry(m, k)) : NO_METHOD;
    case "clear":
      if (n) return NO_METHOD;
      m.clear();
      return null;
  }
  return commonMethod(m, name, a);
}

/** Map keys: numbers from the template stay numbers; JDouble keys compare by value. */
function key(k: unknown): unknown {
  return k instanceof JDouble || k instanceof JBigInteger ? k.valueOf() : k;
}

function listMethod(l: unknown[], name: string, a: unknown[]): unknown {
  const n = a.length;
  switch (name) {
    case "size":
      return n === 0 ? l.length : NO_METHOD;
    case "isEmpty":
      return n === 0 ? l.length === 0 : NO_METHOD;
    case "get": {
      if (n !== 1) return NO_METHOD;
      const i = int(a[0], "get");
      bounds(i >= 0 && i < l.length, `List index ${i} (size ${l.length})`);
      return l[i];
    }
    case "set": {
      if (n !== 2) return NO_METHOD;
      const i = int(a[0], "set");
      bounds(i >= 0 && i < l.length, `List index ${i} (size ${l.length})`);
      const old = l[i];
      l[i] = a[1];
      return old;
    }
    case "add":
      if (n === 1) {
        l.push(a[0]);
        return true;
      }
      if (n === 2) {
        const i = int(a[0], "add");
        bounds(i >= 0 && i <= l.length, `List index ${i} (size ${l.length})`);
        l.splice(i, 0, a[1]);
        return null;
      }
      return NO_METHOD;
    case "addAll":
      if (n !== 1 || !Array.isArray(a[0])) return NO_METHOD;
      l.push(...a[0]);
      return a[0].length > 0;
    case "remove": {
      if (n !== 1) return NO_METHOD;
      if (typeof a[0] === "number" && Number.isInteger(a[0])) {
        const i = a[0];
        bounds(i >= 0 && i < l.length, `List index ${i} (size ${l.length})`);
        return l.splice(i, 1)[0];
      }
      const j = l.findIndex((e) => javaStrictEquals(e, a[0]));
      if (j < 0) return false;
      l.splice(j, 1);
      return true;
    }
    case "contains":
      return n === 1 ? l.some((e) => javaStrictEquals(e, a[0])) : NO_METHOD;
    case "indexOf":
      return n === 1 ? l.findIndex((e) => javaStrictEquals(e, a[0])) : NO_METHOD;
    case "lastIndexOf": {
      if (n !== 1) return NO_METHOD;
      for (let i = l.length - 1; i >= 0; i--) if (javaStrictEquals(l[i], a[0])) return i;
      return -1;
    }
    case "subList": {
      if (n !== 2) return NO_METHOD;
      const b = int(a[0], "subList");
      const e = int(a[1], "subList");
      bounds(b >= 0 && e <= l.length && b <= e, `subList(${b}, ${e}) of size ${l.length}`);
      return Array.from({ length: e - b }, (_, k) => l[b + k]); // an ArrayList view, even of a JSONArray
    }
    case "clear":
      if (n) return NO_METHOD;
      l.length = 0;
      return null;
  }
  return commonMethod(l, name, a);
}

function numberMethod(v: number | JDouble | JBigInteger, name: string, a: unknown[]): unknown {
  if (a.length) return name === "equals" || name === "compareTo" ? numberCompare(v, name, a[0]) : NO_METHOD;
  switch (name) {
    case "intValue":
    case "longValue":
    case "shortValue":
    case "byteValue":
      return Math.trunc(num(v));
    case "doubleValue":
    case "floatValue":
      return new JDouble(num(v));
    case "toString":
      return toJavaString(v);
    case "isNaN":
      return isFloating(v) ? Number.isNaN(num(v)) : NO_METHOD;
  }
  return NO_METHOD;
}

function numberCompare(v: number | JDouble | JBigInteger, name: string, o: unknown): unknown {
  if (name === "equals") return javaStrictEquals(v, o);
  if (!isNumeric(o)) throw new VtlRuntimeError("compareTo: argument is not a number");
  return Math.sign(num(v) - num(o));
}

function booleanMethod(b: boolean, name: string, a: unknown[]): unknown {
  if (name === "booleanValue" && !a.length) return b;
  return commonMethod(b, name, a);
}

// ---------------------------------------------------------------- Java regular expressions

const regexCache = new Map<string, RegExp>();

/**
 * java.util.regex.Pattern → RegExp. The common syntax is shared; leading inline flags
 * `(?i)`, `(?s)`, `(?m)` and `\Q...\E` quoting are translated; constructs JavaScript lacks
 * (possessive quantifiers, atomic groups, `\A`, `\Z`, `\z`, class intersections) are refused
 * rather than silently misread.
 */
export function javaRegex(pattern: string, mode: "global" | "full" | "plain"): RegExp {
  const cacheKey = mode + "\u0000" + pattern;
  let re = regexCache.get(cacheKey);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  let src = pattern;
  let flags = "";
  for (;;) {
    const m = /^\(\?([ims]+)\)/.exec(src);
    if (!m) break;
    for (const f of m[1]) if (!flags.includes(f)) flags += f;
    src = src.slice(m[0].length);
  }
  src = src.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
  if (/(?<!\\)(?:\\\\)*(?:[*+?}]\+|\(\?>|\\[AZz]|&&\[)/.test(src)) {
    throw new VtlRuntimeError(`unsupported regular expression construct in '${pattern}'`);
  }
  if (mode === "full") src = `^(?:${src})$`;
  try {
    re = new RegExp(src, flags + (mode === "global" ? "g" : ""));
  } catch (e) {
    throw new VtlRuntimeError(`invalid regular expression '${pattern}': ${(e as Error).message}`);
  }
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(cacheKey, re);
  return re;
}

function groupCount(re: RegExp): number {
  return (new RegExp(re.source + "|", re.flags.replace("g", "")).exec("") as RegExpExecArray).length - 1;
}

type ReplPart = string | number | { name: string };

/** Matcher.appendReplacement syntax: `$n`, `${name}`, `\x` escapes; anything else is literal. */
function parseReplacement(repl: string, groups: number): ReplPart[] {
  const parts: ReplPart[] = [];
  let lit = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === "\\") {
      i++;
      if (i >= repl.length) throw new VtlRuntimeError("character to be escaped is missing in replacement string");
      lit += repl[i];
    } else if (c === "$") {
      i++;
      if (i >= repl.length) throw new VtlRuntimeError("Illegal group reference: group index is missing");
      if (repl[i] === "{") {
        const end = repl.indexOf("}", i);
        if (end < 0) throw new VtlRuntimeError("named capturing group is missing trailing '}'");
        if (lit) parts.push(lit), (lit = "");
        parts.push({ name: repl.slice(i + 1, end) });
        i = end;
        continue;
      }
      if (!/[0-9]/.test(repl[i])) throw new VtlRuntimeError("Illegal group reference");
      let ref = repl.charCodeAt(i) - 48;
      while (i + 1 < repl.length && /[0-9]/.test(repl[i + 1]) && ref * 10 + (repl.charCodeAt(i + 1) - 48) <= groups) {
        ref = ref * 10 + (repl.charCodeAt(i + 1) - 48);
        i++;
      }
      if (ref > groups) throw new VtlRuntimeError(`No group ${ref}`);
      if (lit) parts.push(lit), (lit = "");
      parts.push(ref);
    } else {
      lit += c;
    }
  }
  if (lit) parts.push(lit);
  return parts;
}

function regexReplace(s: string, pattern: string, repl: string, all: boolean): string {
  const re = javaRegex(pattern, all ? "global" : "plain");
  const parts = parseReplacement(repl, groupCount(re));
  return s.replace(re, (...m: unknown[]) => {
    const named = typeof m[m.length - 1] === "object" ? (m[m.length - 1] as Record<string, string | undefined>) : undefined;
    let out = "";
    for (const p of parts) {
      if (typeof p === "string") out += p;
      else if (typeof p === "number") out += (m[p] as string | undefined) ?? "";
      else {
        if (!named || !(p.name in named)) throw new VtlRuntimeError(`No group with name {${p.name}}`);
        out += named[p.name] ?? "";
      }
    }
    return out;
  });
}

/** String.split(regex, limit), following java.util.regex.Pattern.split line by line. */
export function javaSplit(s: string, pattern: string, limit: number): string[] {
  const re = javaRegex(pattern, "global");
  const list: string[] = [];
  let index = 0;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(s)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === end) re.lastIndex = start + 1; // like Matcher.find, step past an empty match
    if (limit <= 0 || list.length < limit - 1) {
      // No leading empty string for a zero-width match at the beginning (Java 8+).
      if (index === 0 && start === 0 && end === 0) continue;
      list.push(s.slice(index, start));
      index = end;
    } else {
      list.push(s.slice(index));
      index = end;
      break;
    }
  }
  if (index === 0) return [s];
  if (limit <= 0 || list.length < limit) list.push(s.slice(index));
  if (limit === 0) while (list.length && list[list.length - 1] === "") list.pop();
  return list;
}
