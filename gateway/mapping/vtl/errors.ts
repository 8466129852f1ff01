/**
 * The one error type of the mapping-template engine. A syntax error is thrown by
 * compileTemplate (deployment load); everything else by render (request time). The pipeline
 * turns a render failure into API Gateway's 500 "Internal server error" (AWS logs "Execution
 * failed due to configuration error: Unable to transform request/response").
 */
export type TemplateErrorKind =
  | "syntax" // the template does not parse
  | "runtime" // a method threw (bad index, bad regex, bad base64, unsupported directive, ...)
  | "invalid-json" // $input.json/$input.path on a malformed JSON body, $util.parseJson of invalid text
  | "limit" // output/string size, loop/recursion budget exceeded
  | "override"; // the same $context.requestOverride/responseOverride entry set twice

export class TemplateError extends Error {
  line?: number;
  column?: number;
  kind: TemplateErrorKind;

  constructor(message: string, kind: TemplateErrorKind = "runtime", line?: number, column?: number) {
    super(line !== undefined ? `${message} (line ${line}${column !== undefined ? `, column ${column}` : ""})` : message);
    this.name = "TemplateError";
    this.kind = kind;
    this.line = line;
    this.column = column;
  }
}

/**
 * Thrown by value helpers (Java method emulation, JSONPath, $util) without a position; the
 * renderer catches it and rethrows a TemplateError carrying the line of the directive or
 * reference being evaluated.
 */
export class VtlRuntimeError extends Error {
  kind: TemplateErrorKind;
  constructor(message: string, kind: TemplateErrorKind = "runtime") {
    super(message);
    this.name = "VtlRuntimeError";
    this.kind = kind;
  }
}
