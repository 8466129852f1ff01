/**
 * Reads a streamed response body into memory when it fits under a cap, so it can be cached; when
 * it does not, hands back a stream that replays what was read and then the rest, so the client
 * still gets the whole body.
 */
import { Readable } from "node:stream";

export type Buffered = { buffer: Buffer } | { stream: Readable };

export async function bufferUpTo(body: Readable, maxBytes: number): Promise<Buffered> {
  // A manual iterator: leaving a for-await loop early would destroy the stream.
  const it = body[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await it.next();
    if (next.done) return { buffer: Buffer.concat(chunks, size) };
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  async function* replay() {
    yield* chunks;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { stream: Readable.from(replay(), { objectMode: false }) };
}
