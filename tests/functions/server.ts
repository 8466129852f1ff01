/**
 * Serves the console's Lambda API and control API for the suite: a real HTTP server on 127.0.0.1
 * (ephemeral port) whose requests go, as web `Request`s, to the exported verbs of the Next route
 * handlers (app/2015-03-31, app/2017-10-31, app/2019-09-30, app/api/functions, app/restapis),
 * over a fresh SQLite database (migrations applied by `prisma migrate deploy`) in a temporary
 * ARCHWAY_DATA_DIR with known root credentials — the same setup as tests/control-api/server.ts,
 * with the function routes added. A gateway runs in the same process over the same file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

export const ACCESS_KEY_ID = "AKIAARCHWAYFUNCTIONS1";
export const SECRET_ACCESS_KEY = "archway-functions-test-secret-00000000000";

type Handler = (req: Request) => Promise<Response>;
type RouteModule = Record<string, Handler | undefined>;

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface FunctionsTestServer {
  url: string;
  gatewayUrl: string;
  dataDir: string;
  db: Database.Database;
  close(): Promise<void>;
}

async function toWebRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const method = req.method ?? "GET";
  return new Request(`http://${req.headers.host}${req.url}`, { method, headers, body: method === "GET" || method === "HEAD" || !body.length ? undefined : body });
}

async function send(res: ServerResponse, response: Response) {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startFunctionsServer(): Promise<FunctionsTestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "archway-functions-api-"));
  const file = join(dataDir, "archway.db");
  Object.assign(process.env, {
    ARCHWAY_DATA_DIR: dataDir,
    DATABASE_URL: `file:${file}`,
    ARCHWAY_ROOT_ACCESS_KEY_ID: ACCESS_KEY_ID,
    ARCHWAY_ROOT_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
  });
  const migrate = spawnSync(process.execPath, [join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], { cwd: root, env: process.env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);

  const modules: [string, RouteModule][] = [
    ["/2015-03-31/", (await import("../../app/2015-03-31/[[...path]]/route")) as unknown as RouteModule],
    ["/2017-10-31/", (await import("../../app/2017-10-31/[[...path]]/route")) as unknown as RouteModule],
    ["/2019-09-30/", (await import("../../app/2019-09-30/[[...path]]/route")) as unknown as RouteModule],
    ["/api/functions/", (await import("../../app/api/functions/[[...path]]/route")) as unknown as RouteModule],
    ["/restapis", (await import("../../app/restapis/[[...path]]/route")) as unknown as RouteModule],
  ];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const mod = modules.find(([prefix]) => (req.url ?? "").startsWith(prefix) || `${req.url}/`.startsWith(prefix))?.[1];
        const handler = mod?.[req.method ?? ""];
        await send(res, handler ? await handler(await toWebRequest(req)) : new Response(null, { status: 404 }));
      } catch (err) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String((err as Error)?.stack ?? err));
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));

  // The gateway, in this process, over the same database file.
  const { StageRegistry } = await import("../../gateway/deployments/stage-registry");
  const { createGatewayServer } = await import("../../gateway/http/server");
  const { listen } = await import("../../gateway/testing/servers");
  const { loadSettings } = await import("../../gateway/config/settings");
  const { createFunctionRuntime, setFunctionRuntime } = await import("../../gateway/functions/index");
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  const registry = new StageRegistry(db);
  registry.start(50);
  const runtime = createFunctionRuntime(db, loadSettings());
  setFunctionRuntime(runtime);
  const gateway = await listen(createGatewayServer({ registry }));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    gatewayUrl: gateway.url,
    dataDir,
    db,
    async close() {
      registry.stop();
      await gateway.close();
      await new Promise<void>((r) => server.close(() => r()));
      await runtime.close();
      setFunctionRuntime(undefined);
      const { prisma } = await import("../../prisma/client");
      await prisma.$disconnect();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
