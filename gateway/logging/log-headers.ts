/**
 * The method request headers as execution logs print them: as the client spelled them, with
 * credentials masked (see redact.ts).
 */
import { headerPairs } from "../http/request";
import type { InvocationContext } from "../runtime/context";
import { maskSecret, SECRET_HEADERS } from "./redact";

export function headersForLog(ctx: InvocationContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headerPairs(ctx)) {
    const shown = SECRET_HEADERS.has(name.toLowerCase()) ? maskSecret(value) : value;
    out[name] = name in out ? `${out[name]},${shown}` : shown;
  }
  return out;
}
