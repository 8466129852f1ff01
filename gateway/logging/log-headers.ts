/**
 * The method request headers as execution logs print them: as the client spelled them, with
 * credentials masked (see redact.ts).
 */
import type { InvocationContext } from "../runtime/context";
import { maskSecret, SECRET_HEADERS } from "./redact";

export function headersForLog(ctx: InvocationContext): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: string) => {
    const shown = SECRET_HEADERS.has(name.toLowerCase()) ? maskSecret(value) : value;
    out[name] = name in out ? `${out[name]},${shown}` : shown;
  };
  const raw = ctx.incoming?.rawHeaders;
  if (raw) for (let i = 0; i < raw.length; i += 2) add(raw[i], raw[i + 1]);
  else for (const [name, values] of Object.entries(ctx.request.headers)) for (const v of values) add(name, v);
  return out;
}
