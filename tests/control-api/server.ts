/**
 * Serves the control API for the suite: a real HTTP server on 127.0.0.1 (ephemeral port) whose
 * every request goes, as a web `Request`, to the exported verbs of the Next route handlers
 * app/restapis/[[...path]]/route.ts, app/tags/[...path]/route.ts and the console-only
 * app/api/restapis/** routes, over a fresh SQLite database (migrations applied) in a temporary
 * ARCHWAY_DATA_DIR, with known root credentials.
 *
 * Why not `next dev`: Next 16 allows one dev server per project directory (`.next/dev/lock`), and
 * the other engineers run theirs in this tree; a second one exits with "Another next dev server is
 * already running". To run the same suite against a real Next server instead, set CONTROL_API_URL
 * (and CONTROL_API_ACCESS_KEY_ID, CONTROL_API_SECRET_ACCESS_KEY, CONTROL_API_DB).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT_ACCESS_KEY_ID = "AKIAARCHWAYTESTROOT1";
export const ROOT_SECRET_ACCESS_KEY = "archway-control-api-test-secret-0000000000";

export interface ControlApiServer {
  url: string;
  accessKeyId: string;
  secretAccessKey: string;
  databaseFile: string;
  close(): Promise<void>;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

type Handler = (req: Request) => Promise<Response>;

async function toWebRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const method = req.method ?? "GET";
  return new Request(`http://${req.headers.host}${req.url}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" || body.length === 0 ? undefined : body,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => (headers[k] = v));
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(body);
}

export async function startControlApi(): Promise<ControlApiServer> {
  if (process.env.CONTROL_API_URL) {
    return {
      url: process.env.CONTROL_API_URL.replace(/\/$/, ""),
      accessKeyId: process.env.CONTROL_API_ACCESS_KEY_ID ?? "",
      secretAccessKey: process.env.CONTROL_API_SECRET_ACCESS_KEY ?? "",
      databaseFile: process.env.CONTROL_API_DB ?? "",
      close: async () => {},
    };
  }

  const dataDir = mkdtempSync(join(tmpdir(), "archway-control-api-"));
  const databaseFile = join(dataDir, "archway.db");
  // Set before the app's modules load: settings and the Prisma client read them once.
  Object.assign(process.env, {
    ARCHWAY_DATA_DIR: dataDir,
    DATABASE_URL: `file:${databaseFile}`,
    ARCHWAY_ROOT_ACCESS_KEY_ID: ROOT_ACCESS_KEY_ID,
    ARCHWAY_ROOT_SECRET_ACCESS_KEY: ROOT_SECRET_ACCESS_KEY,
  });
  const migrate = spawnSync(process.execPath, [join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);

  // The route handlers the suite serves, matched as Next would route them (dynamic segments
  // become `params`).
  type Module = Record<string, ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) | undefined>;
  const mounts: { pattern: RegExp; names: string[]; module: Module }[] = [
    {
      pattern: /^\/api\/restapis\/([^/]+)\/deployments\/([^/]+)\/diff$/,
      names: ["apiId", "deploymentId"],
      module: (await import("../../app/api/restapis/[apiId]/deployments/[deploymentId]/diff/route")) as unknown as Module,
    },
    {
      pattern: /^\/api\/restapis\/([^/]+)\/deployments$/,
      names: ["apiId"],
      module: (await import("../../app/api/restapis/[apiId]/deployments/route")) as unknown as Module,
    },
    {
      pattern: /^\/api\/restapis\/([^/]+)\/stages\/([^/]+)\/logs$/,
      names: ["apiId", "stageName"],
      module: (await import("../../app/api/restapis/[apiId]/stages/[stageName]/logs/route")) as unknown as Module,
    },
    { pattern: /^\/tags\/.+/, names: [], module: (await import("../../app/tags/[...path]/route")) as unknown as Module },
    { pattern: /^\/restapis(\/|$)/, names: [], module: (await import("../../app/restapis/[[...path]]/route")) as unknown as Module },
  ];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
        const mount = mounts.find((m) => m.pattern.test(pathname));
        const match = mount?.pattern.exec(pathname);
        const params = Object.fromEntries((mount?.names ?? []).map((n, i) => [n, decodeURIComponent(match![i + 1])]));
        const handler = mount?.module[req.method ?? ""] as Handler | ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        await send(
          res,
          handler ? await handler(await toWebRequest(req), { params: Promise.resolve(params) }) : new Response(null, { status: mount ? 405 : 404 }),
        );
      } catch (err) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String((err as Error)?.stack ?? err));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accessKeyId: ROOT_ACCESS_KEY_ID,
    secretAccessKey: ROOT_SECRET_ACCESS_KEY,
    databaseFile,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const { prisma } = await import("../../prisma/client");
      await prisma.$disconnect();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
