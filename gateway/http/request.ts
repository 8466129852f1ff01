import type { IncomingMessage } from "node:http";
import type { GatewayRequest, InvocationContext, MultiMap } from "../runtime/context";

/** Node's header list as a lower-cased multi-map (rawHeaders keeps repeated headers apart). */
export function headersOf(req: IncomingMessage): MultiMap {
  const out: MultiMap = {};
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) (out[raw[i].toLowerCase()] ??= []).push(raw[i + 1]);
  return out;
}

/**
 * The request's headers as (name, value) pairs with names as the client spelled them (the parsed
 * request keeps them lower-cased): the socket's rawHeaders, a test invoke's own, else the parsed map.
 */
export function headerPairs(ctx: InvocationContext): [string, string][] {
  const out: [string, string][] = [];
  const raw = ctx.incoming?.rawHeaders ?? ctx.request.rawHeaders;
  if (raw) for (let i = 0; i < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  else for (const [name, values] of Object.entries(ctx.request.headers)) for (const v of values) out.push([name, v]);
  return out;
}

export function parseQuery(rawQuery: string): MultiMap {
  const out: MultiMap = {};
  if (!rawQuery) return out;
  for (const [k, v] of new URLSearchParams(rawQuery)) (out[k] ??= []).push(v);
  return out;
}

export function gatewayRequestOf(req: IncomingMessage, path: string, rawQuery: string): GatewayRequest {
  const ip = req.socket.remoteAddress ?? "";
  return {
    method: req.method ?? "GET",
    path,
    rawQuery,
    query: parseQuery(rawQuery),
    headers: headersOf(req),
    body: Buffer.alloc(0),
    sourceIp: ip.startsWith("::ffff:") ? ip.slice(7) : ip,
    protocol: `HTTP/${req.httpVersion}`,
  };
}
