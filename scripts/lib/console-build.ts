import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join, relative } from "node:path";

// What the console's production build depends on. A hash of their paths, sizes and mtimes is
// kept beside the build; `npm start` rebuilds only when it differs.
const INPUTS = ["app", "components", "gateway", "prisma/schema.prisma", "public", "next.config.ts", "postcss.config.mjs", "package.json", "tsconfig.json"];

function walk(root: string, path: string, out: string[]) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!name.endsWith(".test.ts")) walk(root, join(path, name), out);
  } else out.push(`${relative(root, path)}:${st.size}:${st.mtimeMs}`);
}

function sourceHash(root: string): string {
  const entries: string[] = [];
  for (const input of INPUTS) walk(root, join(root, input), entries);
  return createHash("sha256").update(entries.join("\n")).digest("hex");
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One build at a time per checkout (Next refuses a second concurrent build): a lock file with
 * the builder's pid; others wait for it, then re-check whether a build is still needed.
 */
function withBuildLock(root: string, fn: () => void) {
  const lock = join(root, ".next-build.lock");
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const pid = Number(readFileSync(lock, "utf8") || 0);
      if (!pid || !alive(pid)) rmSync(lock, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

export function ensureConsoleBuild(root: string, env: NodeJS.ProcessEnv) {
  const stamp = join(root, ".next/archway-build-hash");
  const upToDate = (hash: string) => existsSync(join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
  if (upToDate(sourceHash(root))) return;
  withBuildLock(root, () => {
    const hash = sourceHash(root);
    if (upToDate(hash)) return; // someone else built it while we waited
    console.log("[archway] building the console (first start or sources changed)…");
    const next = join(root, "node_modules/next/dist/bin/next");
    const result = spawnSync(process.execPath, [next, "build"], { cwd: root, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error("console build failed");
    writeFileSync(stamp, hash);
  });
}
