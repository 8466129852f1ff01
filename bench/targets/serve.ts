/**
 * Shared by every child-process target: listen on an ephemeral 127.0.0.1 port, tell the
 * parent the port over IPC, and exit when the parent goes away (even if it was SIGKILLed and
 * could not clean up), so no server outlives a bench run.
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export function serve(handler: RequestListener) {
  // keepAliveTimeout above autocannon's idle gaps: connections are reused, as in production.
  const server = createServer({ keepAliveTimeout: 30_000 }, handler);
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}
