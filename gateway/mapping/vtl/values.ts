/**
 * The Java value model that API Gateway's templates see, expressed in JavaScript.
 *
 * API Gateway runs Apache Velocity (1.7 syntax: `-` is legal inside identifiers, e.g.
 * `$context.requestOverride.header.X-Amz-Target`) over Java objects produced by Jayway
 * JsonPath with its default json-smart provider. What a template prints is therefore Java's
 * `toString()` of those objects, which velocityjs (a JavaScript engine) does not reproduce on
 * its own, hence this module:
 *
 * - JSON objects are `java.util.LinkedHashMap` (insertion order kept, numeric-looking keys
 *   included, which a JS object would reorder) and print as `{a=1, b=x}`  → `JMap`.
 * - JSON arrays are json-smart `JSONArray`, whose toString() is compact JSON: `[{"foo":"bar"}]`
 *   → `JsonArray`. Lists built in VTL (`[1, 2]`, `keySet()`) are `ArrayList`s and print as
 *   `[1, 2]` → plain JS arrays.
 *   Source: LocalStack's AWS-validated snapshot `test_input_path_template_formatting`
 *   (tests/aws/services/apigateway/test_apigateway_common.snapshot.json, recorded against AWS):
 *   `{"foo":"bar"}` prints `{foo=bar}`, `[{"foo":"bar"}]` prints `[{"foo":"bar"}]`,
 *   `{"foo":[{"nested":"bar"}]}` prints `{foo=[{"nested":"bar"}]}`.
 * - JSON numbers: integers are Integer/Long and print as digits; numbers with a fraction or an
 *   exponent are Double and print the way Double.toString does (`10.00` → `10.0`, `1e7` →
 *   `1.0E7`). The AWS reference says `$input.body` is "useful for preserving entire floating
 *   point numbers such as 10.00", i.e. `$input.path`/`$input.json` do not. → `JDouble`.
 * - null: AWS prints a reference whose value is null as the empty string, and such a value
 *   compares equal both to `$null` and to `""` (same LocalStack snapshot: `"body": $result` on a
 *   missing path renders `"body": `, `$result == $null` and `$result == ""` are both true).
 */
import { VtlRuntimeError } from "./errors";

/** java.util.LinkedHashMap. */
export class JMap extends Map<unknown, unknown> {}

/** net.minidev.json.JSONArray: a List whose toString() is compact JSON. */
export class JsonArray extends Array<unknown> {}

/** java.lang.Double (JS numbers that are integers stand for Integer/Long). */
export class JDouble {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return javaDoubleToString(this.value);
  }
}

/** An integer beyond 2^53 from a JSON document (java.math.BigInteger / Long), kept exact for printing. */
export class JBigInteger {
  constructor(readonly big: bigint) {}
  valueOf(): number {
    return Number(this.big);
  }
  toString(): string {
    return this.big.toString();
  }
}

/** A Map.Entry from `entrySet()`. */
export class JEntry {
  constructor(
    readonly map: JMap,
    readonly key: unknown,
  ) {}
  get value(): unknown {
    return this.map.get(this.key);
  }
}

/** Objects the engine provides ($input, $util): they answer property reads and method calls. */
export abstract class HostObject {
  abstract vtlGet(name: string): unknown;
  /** Return NO_METHOD when there is no such method (Velocity then yields null). */
  abstract vtlCall(name: string, args: unknown[]): unknown;
  abstract toString(): string;
}

export const NO_METHOD: unique symbol = Symbol("no-method");

export function isNumeric(v: unknown): v is number | JDouble | JBigInteger {
  return typeof v === "number" || v instanceof JDouble || v instanceof JBigInteger;
}

/** Double/Float semantics (as opposed to Integer/Long). */
export function isFloating(v: unknown): boolean {
  return v instanceof JDouble || (typeof v === "number" && !Number.isInteger(v));
}

export function num(v: number | JDouble | JBigInteger): number {
  return typeof v === "number" ? v : v.valueOf();
}

/** Double.toString(d): shortest round-trip digits, plain notation in [1e-3, 1e7), else d.dddE±n. */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return "NaN";
  if (d === Infinity) return "Infinity";
  if (d === -Infinity) return "-Infinity";
  if (d === 0) return Object.is(d, -0) ? "-0.0" : "0.0";
  const neg = d < 0;
  const a = Math.abs(d);
  if (a >= 1e-3 && a < 1e7) {
    // JavaScript prints this range in plain notation with the same shortest digits.
    const plain = String(d);
    return plain.includes(".") ? plain : plain + ".0";
  }
  const [mant, expText] = a.toExponential().split("e");
  const digits = mant.replace(".", "");
  const exp = parseInt(expText, 10);
  const out = digits[0] + "." + (digits.length > 1 ? digits.slice(1) : "0") + "E" + exp;
  return neg ? "-" + out : out;
}

export function numberToJavaString(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : javaDoubleToString(n);
}

/** String.valueOf(v) as Java would print it (null prints "null" here; the renderer prints a null reference as ""). */
export function toJavaString(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return numberToJavaString(v);
  if (typeof v === "bigint") return v.toString();
  if (depth > 100) throw new VtlRuntimeError("value nests too deeply to print", "limit");
  if (v instanceof JDouble || v instanceof JBigInteger) return v.toString();
  if (v instanceof JsonArray) return toJsonSmart(v, true);
  if (Array.isArray(v)) return "[" + v.map((e) => (e === v ? "(this Collection)" : toJavaString(e, depth + 1))).join(", ") + "]";
  if (v instanceof JMap) {
    const parts: string[] = [];
    for (const [k, val] of v) parts.push(`${k === v ? "(this Map)" : toJavaString(k, depth + 1)}=${val === v ? "(this Map)" : toJavaString(val, depth + 1)}`);
    return "{" + parts.join(", ") + "}";
  }
  if (v instanceof JEntry) return `${toJavaString(v.key, depth + 1)}=${toJavaString(v.value, depth + 1)}`;
  if (v instanceof HostObject) return v.toString();
  if (typeof v === "function" || typeof v === "symbol") return "";
  if (typeof v === "object") {
    // A plain object that was not converted (e.g. $foreach): print it like a map.
    const parts = Object.entries(v as Record<string, unknown>).map(([k, val]) => `${k}=${toJavaString(val, depth + 1)}`);
    return "{" + parts.join(", ") + "}";
  }
  return String(v);
}

/**
 * json-smart's serializer (JSONValue / JSONArray.toJSONString). `web` selects JSONStyle.NO_COMPRESS,
 * the style JSONArray.toString() uses, whose string protector (ESCAPE4Web) also escapes `/` as `\/`;
 * without it this is JSONStyle.LT_COMPRESS (Jayway's JsonSmartJsonProvider.toJson). Both quote all
 * keys and string values, write compact JSON, and escape U+0000–U+001F, U+007F–U+009F and
 * U+2000–U+20FF as \uXXXX (upper-case hex). These details come from json-smart's source, not from
 * an AWS recording (see the report: open item).
 */
export function toJsonSmart(v: unknown, web: boolean, depth = 0): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return quoteJsonSmart(v, web);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return Number.isFinite(v) ? numberToJavaString(v) : "null";
  if (v instanceof JDouble) return Number.isFinite(v.value) ? v.toString() : "null";
  if (v instanceof JBigInteger) return v.toString();
  if (depth > 1000) throw new VtlRuntimeError("value nests too deeply to serialize", "limit");
  if (Array.isArray(v)) return "[" + v.map((e) => toJsonSmart(e, web, depth + 1)).join(",") + "]";
  if (v instanceof JMap) {
    const parts: string[] = [];
    for (const [k, val] of v) parts.push(quoteJsonSmart(toJavaString(k), web) + ":" + toJsonSmart(val, web, depth + 1));
    return "{" + parts.join(",") + "}";
  }
  return quoteJsonSmart(toJavaString(v), web);
}

const HEX = "0123456789ABCDEF";

export function quoteJsonSmart(s: string, web: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    switch (ch) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += "\\\\";
        continue;
      case 0x08:
        out += "\\b";
        continue;
      case 0x0c:
        out += "\\f";
        continue;
      case 0x0a:
        out += "\\n";
        continue;
      case 0x0d:
        out += "\\r";
        continue;
      case 0x09:
        out += "\\t";
        continue;
      case 0x2f:
        out += web ? "\\/" : "/";
        continue;
    }
    if (ch <= 0x1f || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x2000 && ch <= 0x20ff)) {
      out += "\\u" + HEX[(ch >> 12) & 15] + HEX[(ch >> 8) & 15] + HEX[(ch >> 4) & 15] + HEX[ch & 15];
    } else {
      out += s[i];
    }
  }
  return out + '"';
}

/**
 * `#if` truthiness. Velocity 1.7 treats only null and false as false; AWS evaluates a null
 * reference as "" (see the header), so "" must be false too or `#if($missing)` would be true.
 * Zero and empty collections stay true, as in Velocity 1.7.
 */
export function truthy(v: unknown): boolean {
  return !(v === null || v === undefined || v === false || v === "");
}

/**
 * Java equals() for values of the same kind (used by List.contains, Map.containsValue, equals()).
 */
export function javaStrictEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (isNumeric(a) && isNumeric(b)) return isFloating(a) === isFloating(b) && num(a) === num(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((e, i) => javaStrictEquals(e, b[i]));
  if (a instanceof JMap && b instanceof JMap) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !javaStrictEquals(v, b.get(k))) return false;
    return true;
  }
  return false;
}

/**
 * Velocity 1.7's `==` (ASTEQNode): numbers compare by value whatever their class; values of
 * related classes use equals(); anything else compares toString() forms.
 */
export function velocityEquals(a: unknown, b: unknown): boolean {
  const l = a ?? null;
  const r = b ?? null;
  if (l === null || r === null) return l === r;
  if (isNumeric(l) && isNumeric(r)) return num(l) === num(r);
  if (sameKind(l, r)) return javaStrictEquals(l, r);
  return toJavaString(l) === toJavaString(r);
}

function sameKind(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object") return typeof a === typeof b;
  if (Array.isArray(a) && Array.isArray(b)) return true;
  if (a instanceof JMap && b instanceof JMap) return true;
  return false;
}

/** Converts host data (the MappingInput context) to the Java model: objects become JMaps. */
export function fromHost(v: unknown, depth = 0): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
  if (typeof v === "bigint") return new JBigInteger(v);
  if (depth > 64) return null;
  if (v instanceof JMap || v instanceof JDouble || v instanceof JBigInteger || v instanceof HostObject) return v;
  if (Array.isArray(v)) return v.map((e) => fromHost(e, depth + 1));
  if (v instanceof Map) {
    const m = new JMap();
    for (const [k, val] of v) m.set(k, fromHost(val, depth + 1));
    return m;
  }
  if (typeof v === "object") {
    const m = new JMap();
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) m.set(k, fromHost(val, depth + 1));
    return m;
  }
  return null;
}
