/**
 * Sends an integration request to an HTTP backend over the shared keep-alive pool, with the
 * integration's timeout on the time to response headers (and on body inactivity), and maps network failures to
 * API Gateway's errors (INTEGRATION_TIMEOUT / INTEGRATION_FAILURE).
 */
import type { Readable } from "node:stream";
import { request } from "undici";
import type { IntegrationResult, InvocationContext, MultiMap } from "../runtime/context";
import { GatewayError } from "../runtime/errors";
import { formatLogMap } from "../runtime/execution-log";
import { MAX_PAYLOAD_BYTES } from "../runtime/limits";
import { toMultiMap } from "./http-headers";
import { upstreamAgent } from "./upstream-agent";

export interface UpstreamRequest {
  url: string;
  method: string;
  headers: MultiMap;
  body: Buffer | undefined;
}

/** undici's own timeouts: no per-request AbortController or timer (they cost ~50 µs each). */
function isTimeout(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT";
}

async function readLimited(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of body) {
    size += (c as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) {
      body.destroy();
      throw new GatewayError("API_CONFIGURATION_ERROR", "Internal server error", {
        cause: new Error("Execution failed: the integration response is larger than 10 MB"),
      });
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/**
 * `buffer`: read the whole body (non-proxy integrations map it; data trace logs it); otherwise
 * the body is streamed through to the client.
 */
export async function sendUpstream(
  ctx: InvocationContext,
  req: UpstreamRequest,
  timeoutMs: number,
  opts: { buffer: boolean; passthrough: boolean },
): Promise<IntegrationResult> {
  const started = performance.now();
  ctx.log.add(`Sending request to ${req.url}`);
  try {
    const res = await request(req.url, {
      method: req.method as "GET",
      headers: req.headers,
      body: req.body,
      dispatcher: upstreamAgent,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const headers = toMultiMap(res.headers);
    ctx.integrationLatencyMs = performance.now() - started;
    ctx.log.add(`Received response. Status: ${res.statusCode}, Integration latency: ${Math.round(ctx.integrationLatencyMs)} ms`);
    ctx.log.add(() => `Endpoint response headers: ${formatLogMap(headers)}`);
    let body: Buffer | Readable = res.body;
    if (opts.buffer || ctx.log.dataTrace) {
      body = await readLimited(res.body);
      const text = body.toString("utf8");
      ctx.log.add(() => `Endpoint response body before transformations: ${text}`);
    }
    return { statusCode: res.statusCode, headers, body, passthrough: opts.passthrough };
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    if (isTimeout(err)) {
      ctx.log.add("Execution failed due to a timeout error");
      throw new GatewayError("INTEGRATION_TIMEOUT", "Endpoint request timed out", { cause: err });
    }
    ctx.log.add(`Execution failed due to configuration error: ${(err as Error).message}`);
    throw new GatewayError("INTEGRATION_FAILURE", "Internal server error", { cause: err });
  }
}
