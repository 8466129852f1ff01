/**
 * `$util`: the six functions the API Gateway reference lists ("Variables for data
 * transformations", section `$util` variables). AppSync-only helpers ($util.toJson, $util.qr,
 * ...) do not exist here; calling one yields null, i.e. prints nothing, as any unknown method.
 */
import { Buffer } from "node:buffer";
import { VtlRuntimeError } from "./errors";
import { parseJavaJson } from "./json";
import { HostObject, NO_METHOD, toJavaString } from "./values";

const HEX = "0123456789ABCDEF";

/**
 * "Escapes the characters in a string using JavaScript string rules" is the javadoc of Apache
 * commons-lang StringEscapeUtils.escapeJavaScript, reproduced here: `'` → `\'` (the AWS page
 * warns about it), `"` → `\"`, `\` → `\\`, `/` → `\/`, \b \t \n \f \r, other control characters
 * and everything above U+007F as \uXXXX with upper-case hex (UTF-16 code units).
 */
export function escapeJavaScript(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch > 0x7f) {
      out += "\\u" + hex4(ch);
    } else if (ch < 0x20) {
      switch (ch) {
        case 0x08:
          out += "\\b";
          break;
        case 0x0a:
          out += "\\n";
          break;
        case 0x09:
          out += "\\t";
          break;
        case 0x0c:
          out += "\\f";
          break;
        case 0x0d:
          out += "\\r";
          break;
        default:
          out += "\\u" + hex4(ch);
      }
    } else {
      switch (ch) {
        case 0x27:
          out += "\\'";
          break;
        case 0x22:
          out += '\\"';
          break;
        case 0x5c:
          out += "\\\\";
          break;
        case 0x2f:
          out += "\\/";
          break;
        default:
          out += s[i];
      }
    }
  }
  return out;
}

function hex4(ch: number): string {
  return HEX[(ch >> 12) & 15] + HEX[(ch >> 8) & 15] + HEX[(ch >> 4) & 15] + HEX[ch & 15];
}

/** java.net.URLEncoder.encode(s, "UTF-8"): keeps [A-Za-z0-9.*_-], space → '+', the rest as %XX of UTF-8. */
export function urlEncode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (/[A-Za-z0-9.*_-]/.test(c)) {
      out += c;
      continue;
    }
    if (c === " ") {
      out += "+";
      continue;
    }
    let cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x3f; // a lone surrogate encodes as '?'
    for (const b of Buffer.from(String.fromCodePoint(cp), "utf8")) out += "%" + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}

/** java.net.URLDecoder.decode(s, "UTF-8"): '+' → space, %XX runs decoded as UTF-8; a bad escape throws. */
export function urlDecode(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "+") {
      out += " ";
      i++;
    } else if (c === "%") {
      const bytes: number[] = [];
      while (i + 2 < s.length && s[i] === "%") {
        const h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) throw new VtlRuntimeError("URLDecoder: Illegal hex characters in escape (%) pattern");
        bytes.push(parseInt(h, 16));
        i += 3;
      }
      if (i < s.length && s[i] === "%") throw new VtlRuntimeError("URLDecoder: Incomplete trailing escape (%) pattern");
      out += Buffer.from(bytes).toString("utf8");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

export function base64Encode(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

/** java.util.Base64.getDecoder(): the basic alphabet only, padding optional, anything else throws. */
export function base64Decode(s: string): string {
  const pad = s.indexOf("=");
  const body = pad < 0 ? s : s.slice(0, pad);
  const tail = pad < 0 ? "" : s.slice(pad);
  if (!/^[A-Za-z0-9+/]*$/.test(body) || !/^={0,2}$/.test(tail) || body.length % 4 === 1 || (tail && (body.length + tail.length) % 4 !== 0)) {
    throw new VtlRuntimeError("Illegal base64 character or length in $util.base64Decode input");
  }
  return Buffer.from(body, "base64").toString("utf8");
}

function arg(v: unknown): string {
  return typeof v === "string" ? v : toJavaString(v);
}

export class UtilObject extends HostObject {
  vtlGet(): unknown {
    return undefined;
  }

  vtlCall(name: string, args: unknown[]): unknown {
    if (args.length !== 1) return NO_METHOD;
    const a = arg(args[0]);
    switch (name) {
      case "escapeJavaScript":
        return escapeJavaScript(a);
      case "parseJson":
        return parseJavaJson(a);
      case "urlEncode":
        return urlEncode(a);
      case "urlDecode":
        return urlDecode(a);
      case "base64Encode":
        return base64Encode(a);
      case "base64Decode":
        return base64Decode(a);
    }
    return NO_METHOD;
  }

  toString(): string {
    return "$util";
  }
}
