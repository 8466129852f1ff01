/**
 * `$input`: the payload and the method request parameters.
 *
 * - `$input.body` is the raw payload; an empty payload reads as `{}` (AWS-validated: LocalStack
 *   snapshot `test_input_body_formatting`, "empty-body" → `{}` and
 *   `Action=SendMessage&MessageBody={}`). The same `{}` is the document `$input.json`/`$input.path`
 *   read, so `$input.json('$')` of an empty body is `{}`.
 * - `$input.json(x)` serializes the JSONPath result compactly; a path that matches nothing (or a
 *   JSON null) gives `""`: the JSON form of an empty string. Source: LocalStack
 *   template_mapping.py after PR #12774 ("update unit tests with finding from AWS console"):
 *   `$input.json('$.message')` → `""`.
 * - `$input.path(x)` returns the value itself (maps, lists, strings, numbers); missing → null,
 *   which prints as "".
 * - A body that is not JSON but does not look like an object or an array either (form data,
 *   plain text) is read as one JSON string, the way json-smart's permissive parser (Jayway's
 *   default) takes unquoted text; paths into it find nothing (LocalStack, AWS console finding:
 *   body `not json` → `$input.path("$.myVar")` prints ""). A malformed object or array body
 *   makes `$input.json`/`$input.path` fail the transformation.
 * - `$input.params(x)` searches path, then query string, then header ("searched in that
 *   order", AWS reference); a missing parameter is "". Header names fall back to a
 *   case-insensitive match because the gateway hands headers over lower-cased.
 */
import { VtlRuntimeError } from "./errors";
import { evaluateJsonPath } from "./jsonpath";
import { parseJavaJson } from "./json";
import { HostObject, JMap, NO_METHOD, toJavaString, toJsonSmart } from "./values";

export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

export class InputObject extends HostObject {
  private doc?: { value: unknown };
  private all?: JMap;

  constructor(
    private readonly rawBody: string,
    private readonly params: InputParams,
  ) {
    super();
  }

  get body(): string {
    return this.rawBody === "" ? "{}" : this.rawBody;
  }

  document(): unknown {
    if (!this.doc) this.doc = { value: parseBody(this.body) };
    return this.doc.value;
  }

  json(path: string): string {
    const v = evaluateJsonPath(this.document(), path);
    return toJsonSmart(v === null || v === undefined ? "" : v, false);
  }

  path(path: string): unknown {
    return evaluateJsonPath(this.document(), path);
  }

  param(name: string): string {
    const { path, querystring, header } = this.params;
    if (Object.prototype.hasOwnProperty.call(path, name)) return path[name];
    if (Object.prototype.hasOwnProperty.call(querystring, name)) return querystring[name];
    if (Object.prototype.hasOwnProperty.call(header, name)) return header[name];
    const lower = name.toLowerCase();
    for (const k of Object.keys(header)) if (k.toLowerCase() === lower) return header[k];
    return "";
  }

  allParams(): JMap {
    if (!this.all) {
      const toMap = (r: Record<string, string>) => new JMap(Object.entries(r));
      this.all = new JMap([
        ["path", toMap(this.params.path)],
        ["querystring", toMap(this.params.querystring)],
        ["header", toMap(this.params.header)],
      ]);
    }
    return this.all;
  }

  vtlGet(name: string): unknown {
    return name === "body" ? this.body : undefined;
  }

  vtlCall(name: string, args: unknown[]): unknown {
    const a = args.map((x) => (typeof x === "string" ? x : toJavaString(x)));
    switch (name) {
      case "json":
        return a.length === 1 ? this.json(a[0]) : NO_METHOD;
      case "path":
        return a.length === 1 ? this.path(a[0]) : NO_METHOD;
      case "params":
        if (a.length === 0) return this.allParams();
        return a.length === 1 ? this.param(a[0]) : NO_METHOD;
      case "getBody":
        return a.length === 0 ? this.body : NO_METHOD;
    }
    return NO_METHOD;
  }

  toString(): string {
    return "$input";
  }
}

function parseBody(body: string): unknown {
  try {
    return parseJavaJson(body);
  } catch (e) {
    const first = body.trimStart()[0];
    if (first === "{" || first === "[" || !(e instanceof VtlRuntimeError)) throw e;
    return body;
  }
}
