/**
 * parse-request: reads the body of a socket request, refusing payloads over API Gateway's
 * 10 MB limit before buffering them (by Content-Length, or by counting as bytes arrive).
 */
import type { InvocationContext } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { MAX_PAYLOAD_BYTES } from "../runtime/limits";

const tooLarge = () => new GatewayError("REQUEST_TOO_LARGE", "Request Too Long");

const EMPTY = Buffer.alloc(0);

export function parseRequest(ctx: InvocationContext): void | Promise<void> {
  const incoming = ctx.incoming;
  if (!incoming) return; // test-invoke builds the request itself
  const declared = Number(incoming.headers["content-length"] ?? 0);
  if (declared > MAX_PAYLOAD_BYTES) throw tooLarge();
  // No Content-Length and no Transfer-Encoding: HTTP/1.1 says there is no body (most GETs).
  // Node discards the empty stream itself; skipping the async iterator saves a promise chain.
  if (!declared && incoming.headers["transfer-encoding"] === undefined) {
    ctx.request.body = EMPTY;
    return;
  }
  return readBody(ctx, incoming);
}

async function readBody(ctx: InvocationContext, incoming: NonNullable<InvocationContext["incoming"]>): Promise<void> {
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
