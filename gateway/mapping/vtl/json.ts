/**
 * A strict JSON (RFC 8259) reader that produces the Java value model of values.ts. JSON.parse
 * cannot be used: it reorders integer-like object keys, forgets whether a number was written
 * `10` (Integer, prints "10") or `10.0` (Double, prints "10.0"), and rounds integers past 2^53.
 */
import { VtlRuntimeError } from "./errors";
import { JBigInteger, JDouble, JMap, JsonArray } from "./values";

const MAX_DEPTH = 512;

export function parseJavaJson(text: string): unknown {
  const p = new Reader(text);
  p.ws();
  const v = p.value(0);
  p.ws();
  if (p.i < text.length) p.fail("unexpected data after the JSON value");
  return v;
}

class Reader {
  i = 0;
  constructor(readonly s: string) {
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  fail(what: string): never {
    const before = this.s.slice(0, this.i);
    const line = before.split("\n").length;
    const column = this.i - before.lastIndexOf("\n");
    throw new VtlRuntimeError(`invalid JSON: ${what} at line ${line}, column ${column}`, "invalid-json");
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail("nesting too deep");
    const c = this.s[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    if (this.s.startsWith("true", this.i)) return (this.i += 4), true;
    if (this.s.startsWith("false", this.i)) return (this.i += 5), false;
    if (this.s.startsWith("null", this.i)) return (this.i += 4), null;
    return this.fail(c === undefined ? "unexpected end of input" : `unexpected character '${c}'`);
  }

  object(depth: number): JMap {
    const m = new JMap();
    this.i++;
    this.ws();
    if (this.s[this.i] === "}") return this.i++, m;
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail("expected a quoted field name");
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ":") this.fail("expected ':'");
      this.i++;
      this.ws();
      m.set(k, this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === "}") return m;
      if (c !== ",") this.i--, this.fail("expected ',' or '}'");
    }
  }

  array(depth: number): JsonArray {
    const a = new JsonArray();
    this.i++;
    this.ws();
    if (this.s[this.i] === "]") return this.i++, a;
    for (;;) {
      this.ws();
      a.push(this.value(depth + 1));
      this.ws();
      const c = this.s[this.i++];
      if (c === "]") return a;
      if (c !== ",") this.i--, this.fail("expected ',' or ']'");
    }
  }

  string(): string {
    const s = this.s;
    this.i++;
    let out = "";
    let start = this.i;
    for (;;) {
      if (this.i >= s.length) this.fail("unterminated string");
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        out += s.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.fail("control character in string");
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += s.slice(start, this.i);
      const e = s[this.i + 1];
      this.i += 2;
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = s.slice(this.i, this.i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape");
          out += String.fromCharCode(parseInt(hex, 16));
          this.i += 4;
          break;
        }
        default:
          this.i -= 2;
          this.fail("bad escape");
      }
      start = this.i;
    }
  }

  number(): number | JDouble | JBigInteger {
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m) return this.fail("bad number");
    this.i += m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) return new JDouble(parseFloat(m[0]));
    const n = Number(m[0]);
    if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
    return new JBigInteger(BigInt(m[0]));
  }
}
