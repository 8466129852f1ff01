/**
 * Access log formats (a stage's accessLogSettings.format): `$context.name` and `${context.name}`
 * variables in literal text, rendered per request with "-" for a value that is absent or empty, as
 * API Gateway writes them. Parsing and AWS's validation rules are pure, so the control API uses
 * them too; a format is compiled once per stage load into a renderer.
 */

export type AccessLogPart = { text: string } | { variable: string };

/** `$context.a.b` (dots only between name characters) or `${context.a.b}`. */
const VARIABLE = /\$\{context\.([A-Za-z0-9_.-]+)\}|\$context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)/g;

export function parseAccessLogFormat(format: string): AccessLogPart[] {
  const parts: AccessLogPart[] = [];
  let at = 0;
  for (const m of format.matchAll(VARIABLE)) {
    if (m.index > at) parts.push({ text: format.slice(at, m.index) });
    parts.push({ variable: m[1] ?? m[2] });
    at = m.index + m[0].length;
  }
  if (at < format.length) parts.push({ text: format.slice(at) });
  return parts;
}

/** AWS's UpdateStage message for a format it refuses, or null when the format is accepted. */
export function accessLogFormatProblem(format: string): string | null {
  // One line; a single trailing newline is allowed.
  if (/[\r\n]/.test(format.replace(/\n$/, "").replace(/\r$/, ""))) {
    return `Access Log format must be single line, new line character is allowed only at end of the format: '${format}'`;
  }
  const ids = parseAccessLogFormat(format).some((p) => "variable" in p && (p.variable === "requestId" || p.variable === "extendedRequestId"));
  if (!ids) return `Access Log format must include either $context.requestId or $context.extendedRequestId : '${format}'`;
  return null;
}

/** The format's presets as the API Gateway console offers them (developer guide, "Access log formats"). */
export const ACCESS_LOG_PRESETS = {
  CLF: '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime]"$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
  JSON: '{ "requestId":"$context.requestId", "extendedRequestId":"$context.extendedRequestId","ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod", "resourcePath":"$context.resourcePath", "status":"$context.status", "protocol":"$context.protocol", "responseLength":"$context.responseLength" }',
  XML: '<request id="$context.requestId"> <extendedRequestId>$context.extendedRequestId</extendedRequestId> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> </request>',
  CSV: "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,$context.responseLength,$context.requestId,$context.extendedRequestId",
} as const;

export type AccessLogPreset = keyof typeof ACCESS_LOG_PRESETS;

/** A value as an access log prints it: absent and empty values are "-". */
export function accessLogValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "-";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "-";
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A compiled format: literal text and one value lookup per variable, joined per request. */
export function compileAccessLogFormat<T>(format: string, lookup: (variable: string) => (input: T) => unknown): (input: T) => string {
  // The trailing newline AWS allows ends the event; it is not part of the stored line.
  const parts = parseAccessLogFormat(format.replace(/\r?\n$/, "")).map((p) => ("text" in p ? p.text : lookup(p.variable)));
  return (input) => {
    let line = "";
    for (const p of parts) line += typeof p === "string" ? p : accessLogValue(p(input));
    return line;
  };
}
