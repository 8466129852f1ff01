/** An in-process gateway over a real temp SQLite file, for integration tests. */
import { StageRegistry } from "../deployments/stage-registry";
import { createGatewayServer, type GatewayServerOptions } from "../http/server";
import type { ApiSnapshot } from "../model/snapshot";
import { createTestDatabase, deploySnapshot, type TestDatabase } from "./database";
import { listen, type RunningServer } from "./servers";

export interface GatewayHarness {
  tdb: TestDatabase;
  registry: StageRegistry;
  gateway: RunningServer;
  /** Deploys and makes it live at once (what the poll does within its interval). */
  deploy(snapshot: ApiSnapshot, stage?: string, variables?: Record<string, string>): string;
  /** Path-style invoke URL. */
  url(apiId: string, path: string, stage?: string): string;
  close(): Promise<void>;
}

/** `onResponse`: what gateway/server.ts does after each response (e.g. the log sink). */
export async function startGatewayHarness(opts: Pick<GatewayServerOptions, "onResponse"> = {}): Promise<GatewayHarness> {
  const tdb = createTestDatabase();
  const registry = new StageRegistry(tdb.db);
  registry.refresh();
  const gateway = await listen(createGatewayServer({ registry, onResponse: opts.onResponse }));
  return {
    tdb,
    registry,
    gateway,
    deploy(snapshot, stage = "dev", variables = {}) {
      const id = deploySnapshot(tdb.db, snapshot, stage, variables);
      registry.refresh();
      return id;
    },
    url: (apiId, path, stage = "dev") => `${gateway.url}/restapis/${apiId}/${stage}/_user_request_${path}`,
    async close() {
      await gateway.close();
      tdb.close();
    },
  };
}
