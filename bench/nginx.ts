/**
 * nginx as a reverse proxy to the same upstream: the reference for what a mature, C-written
 * proxy does on this machine. Optional: the bench runs without it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { freePort, spawnChild, waitForHttp, type Child } from "./children";

export function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin"];
  return dirs.map((d) => join(d, "nginx")).find((p) => existsSync(p));
}

export async function startNginx(binary: string, dir: string, upstreamPort: number): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const prefix = join(dir, "nginx");
  mkdirSync(prefix, { recursive: true });
  // Every path nginx may write is inside the temp dir, so it runs without touching /var.
  // keepalive_requests is raised on both sides because Node's servers and undici's pool keep a
  // connection forever; nginx's default (1000) would add reconnects the others don't pay.
  const conf = `
daemon off;
worker_processes 1;
error_log ${prefix}/err.log;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream backend {
    server 127.0.0.1:${upstreamPort};
    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:${port};
    keepalive_requests 1000000;
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
  const confPath = join(prefix, "nginx.conf");
  writeFileSync(confPath, conf);
  // -e: the startup error log, opened before the config is read, also goes to the temp dir.
  const child = spawnChild("nginx", binary, ["-p", `${prefix}/`, "-c", confPath, "-e", `${prefix}/err.log`]);
  const url = `http://127.0.0.1:${port}/proxy/hello`;
  await waitForHttp(child, url, (status) => status === 200, 10_000);
  return { child, url };
}
