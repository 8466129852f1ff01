/**
 * parse-request: reads the body of a socket request, refusing payloads over API Gateway's
 * 10 MB limit before buffering them (by Content-Length, or by counting as bytes arrive).
 */
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { MAX_PAYLOAD_BYTES } from "../runtime/limits";

const tooLarge = () => new GatewayError("REQUEST_TOO_LARGE", "Request Too Long");

export async function parseRequest(ctx: InvocationContext): Promise<void> {
  const incoming = ctx.incoming;
  if (!incoming) return; // test-invoke builds the request itself
  const declared = Number(incoming.headers["content-length"] ?? 0);
  if (declared > MAX_PAYLOAD_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  // The body's log line is written by route, once the method's logging settings are known.
  ctx.request.body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}
