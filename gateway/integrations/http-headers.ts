import type { MultiMap } from "../runtime/context";

/** RFC 9110 hop-by-hop headers: never forwarded in either direction. */
export const HOP_BY_HOP = new Set([
  "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
  "te", "trailer", "transfer-encoding", "upgrade",
]);

/** Converts undici/node header objects to a lower-cased multi-map, dropping hop-by-hop headers. */
export function toMultiMap(headers: Record<string, string | string[] | undefined>): MultiMap {
  const out: MultiMap = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || HOP_BY_HOP.has(key)) continue;
    (out[key] ??= []).push(...(Array.isArray(value) ? value : [value]));
  }
  return out;
}
