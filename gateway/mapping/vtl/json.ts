/**
 * A strict JSON (RFC 8259) reader that produces the Java value model of values.ts. JSON.parse
 * cannot be used: it reorders integer-like object keys, forgets whether a number was written
 * `10` (Integer, prints "10") or `10.0` (Double, prints "10.0"), and rounds integers past 2^53.
 */
import { VtlRuntimeError } from "./errors";
import { JBigInteger, JDouble, JMap, JsonArray } from "./values";

const MAX_DEPTH = 512;

export function parseJavaJson(text: string): unknown {
  const s = text;
  const len = s.length;
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (what: string): never => {
    const before = s.slice(0, i);
    const line = before.split("\n").length;
    const column = i - before.lastIndexOf("\n");
    throw new VtlRuntimeError(`invalid JSON: ${what} at line ${line}, column ${column}`, "invalid-json");
  };

  const ws = () => {
    while (i < len) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };

  const string = (): string => {
    i++; // opening quote
    let start = i;
    let out = "";
    for (;;) {
      if (i >= len) fail("unterminated string");
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        out += s.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail("control character in string");
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += s.slice(start, i);
      const e = s.charCodeAt(i + 1);
      i += 2;
      switch (e) {
        case 0x22:
          out += '"';
          break;
        case 0x5c:
          out += "\\";
          break;
        case 0x2f:
          out += "/";
          break;
        case 0x62:
          out += "\b";
          break;
        case 0x66:
          out += "\f";
          break;
        case 0x6e:
          out += "\n";
          break;
        case 0x72:
          out += "\r";
          break;
        case 0x74:
          out += "\t";
          break;
        case 0x75: {
          const hex = s.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("bad \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          i -= 2;
          fail("bad escape");
      }
      start = i;
    }
  };

  const digits = (): number => {
    const from = i;
    while (i < len) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      i++;
    }
    return i - from;
  };

  const number = (): number | JDouble | JBigInteger => {
    const start = i;
    if (s.charCodeAt(i) === 0x2d) i++;
    const first = s.charCodeAt(i);
    if (first === 0x30) i++;
    else if (first >= 0x31 && first <= 0x39) digits();
    else fail("bad number");
    let floating = false;
    if (s.charCodeAt(i) === 0x2e) {
      i++;
      if (digits() === 0) fail("bad number");
      floating = true;
    }
    const e = s.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (digits() === 0) fail("bad number");
      floating = true;
    }
    const text = s.slice(start, i);
    if (floating) return new JDouble(parseFloat(text));
    const n = Number(text);
    if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
    return new JBigInteger(BigInt(text));
  };

  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail("nesting too deep");
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x7b: {
        // {
        const m = new JMap();
        i++;
        ws();
        if (s.charCodeAt(i) === 0x7d) {
          i++;
          return m;
        }
        for (;;) {
          ws();
          if (s.charCodeAt(i) !== 0x22) fail("expected a quoted field name");
          const k = string();
          ws();
          if (s.charCodeAt(i) !== 0x3a) fail("expected ':'");
          i++;
          ws();
          m.set(k, value(depth + 1));
          ws();
          const d = s.charCodeAt(i);
          if (d === 0x7d) {
            i++;
            return m;
          }
          if (d !== 0x2c) fail("expected ',' or '}'");
          i++;
        }
      }
      case 0x5b: {
        // [
        const a = new JsonArray();
        i++;
        ws();
        if (s.charCodeAt(i) === 0x5d) {
          i++;
          return a;
        }
        for (;;) {
          ws();
          a.push(value(depth + 1));
          ws();
          const d = s.charCodeAt(i);
          if (d === 0x5d) {
            i++;
            return a;
          }
          if (d !== 0x2c) fail("expected ',' or ']'");
          i++;
        }
      }
      case 0x22:
        return string();
      case 0x74:
        if (s.startsWith("true", i)) {
          i += 4;
          return true;
        }
        break;
      case 0x66:
        if (s.startsWith("false", i)) {
          i += 5;
          return false;
        }
        break;
      case 0x6e:
        if (s.startsWith("null", i)) {
          i += 4;
          return null;
        }
        break;
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return number();
    }
    return fail(i >= len ? "unexpected end of input" : `unexpected character '${s[i]}'`);
  };

  ws();
  const v = value(0);
  ws();
  if (i < len) fail("unexpected data after the JSON value");
  return v;
}
