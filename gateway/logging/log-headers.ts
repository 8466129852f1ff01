/**
 * The method request headers as execution logs print them: as the client spelled them, with
 * credentials masked ("API Gateway redacts authorization headers, API key values, and similar
 * sensitive request parameters from the logged data").
 */
import type { InvocationContext } from "../runtime/context";

const SECRET_HEADERS = new Set(["authorization", "x-api-key", "x-amz-security-token"]);

/** Keeps the last 4 characters, as AWS shows the tail of an API key. */
function mask(value: string): string {
  return value.length <= 4 ? "****" : `${"*".repeat(Math.min(value.length - 4, 64))}${value.slice(-4)}`;
}

export function headersForLog(ctx: InvocationContext): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: string) => {
    const shown = SECRET_HEADERS.has(name.toLowerCase()) ? mask(value) : value;
    out[name] = name in out ? `${out[name]},${shown}` : shown;
  };
  const raw = ctx.incoming?.rawHeaders;
  if (raw) for (let i = 0; i < raw.length; i += 2) add(raw[i], raw[i + 1]);
  else for (const [name, values] of Object.entries(ctx.request.headers)) for (const v of values) add(name, v);
  return out;
}
