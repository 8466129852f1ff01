import { Agent } from "undici";

/**
 * One pooled, keep-alive undici agent for every HTTP backend of this process: connections are
 * reused across requests and stages instead of being opened per request.
 */
export const upstreamAgent = new Agent({
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 600_000,
  connections: 128,
  pipelining: 1,
  connect: { timeout: 10_000 },
});
