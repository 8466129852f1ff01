import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

// What the console's production build depends on. A hash of their paths, sizes and mtimes is
// kept beside the build; `npm start` rebuilds only when it differs.
const INPUTS = ["app", "components", "gateway", "prisma/schema.prisma", "public", "next.config.ts", "postcss.config.mjs", "package.json", "tsconfig.json"];

function walk(path: string, out: string[]) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!name.endsWith(".test.ts")) walk(join(path, name), out);
  } else out.push(`${path}:${st.size}:${st.mtimeMs}`);
}

function sourceHash(root: string): string {
  const entries: string[] = [];
  for (const input of INPUTS) walk(join(root, input), entries);
  return createHash("sha256").update(entries.map((e) => relative(root, e)).join("\n")).digest("hex");
}

export function ensureConsoleBuild(root: string, env: NodeJS.ProcessEnv) {
  const stamp = join(root, ".next/archway-build-hash");
  const hash = sourceHash(root);
  if (existsSync(join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("[archway] building the console (first start or sources changed)…");
  const next = join(root, "node_modules/next/dist/bin/next");
  const result = spawnSync(process.execPath, [next, "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("console build failed");
  writeFileSync(stamp, hash);
}
