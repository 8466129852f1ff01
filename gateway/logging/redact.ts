/**
 * Credentials in logged headers, masked as AWS does ("API Gateway redacts authorization headers,
 * API key values, and similar sensitive request parameters from the logged data"): only the last
 * 4 characters stay, as AWS shows the tail of an API key.
 */

export const SECRET_HEADERS = new Set(["authorization", "x-api-key", "x-amz-security-token"]);

export function maskSecret(value: string): string {
  return value.length <= 4 ? "****" : `${"*".repeat(Math.min(value.length - 4, 64))}${value.slice(-4)}`;
}

/** `name=value` of a secret header in a logged map; built from SECRET_HEADERS so the two cannot drift. */
const SECRET_HEADER_VALUE = new RegExp(`\\b(${[...SECRET_HEADERS].join("|")})=([^,}]*)`, "gi");

/** A "Method/Endpoint request headers: {…}" line with its credentials masked (the integrations write the latter). */
export function redactHeaderLine(message: string): string {
  if (!/^(Method|Endpoint) request headers: /.test(message)) return message;
  return message.replace(SECRET_HEADER_VALUE, (_m, name: string, value: string) => `${name}=${maskSecret(value)}`);
}
