/**
 * A method response as the stage cache keeps it: one Buffer (a 4-byte length, the status and
 * headers as JSON, then the body bytes), so the local LRU and Redis store the same thing.
 * Headers the gateway sets per request or per write are left out.
 */
import type { GatewayResponse, MultiMap } from "../runtime/context";

const NOT_CACHED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "x-amzn-requestid", "x-amz-apigw-id", "warning"]);

export function encodeCachedResponse(statusCode: number, headers: MultiMap, body: Buffer): Buffer {
  const kept: MultiMap = {};
  for (const name in headers) if (!NOT_CACHED.has(name)) kept[name] = headers[name];
  const head = Buffer.from(JSON.stringify([statusCode, kept]), "utf8");
  const out = Buffer.allocUnsafe(4 + head.length + body.length);
  out.writeUInt32BE(head.length, 0);
  head.copy(out, 4);
  body.copy(out, 4 + head.length);
  return out;
}

/** A fresh response (its own header map) from a cached entry; null when the entry is unreadable. */
export function decodeCachedResponse(entry: Buffer): GatewayResponse | null {
  try {
    const headLength = entry.readUInt32BE(0);
    const [statusCode, headers] = JSON.parse(entry.toString("utf8", 4, 4 + headLength)) as [number, MultiMap];
    return { statusCode, headers, body: entry.subarray(4 + headLength) };
  } catch {
    return null;
  }
}
