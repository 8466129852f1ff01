/**
 * Code on disk: each deployment package is unpacked once per process into
 * `<dir>/<sha256>/` (transpiled files laid over the zip's), so workers import real files and
 * Node's own resolution decides ESM or CommonJS (`.mjs`, `.cjs`, package.json "type") exactly as
 * in Lambda's Node.js runtime. Unpacking goes to a temp dir renamed into place, so a concurrent
 * reader never sees half a package.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readZip } from "./package";
import type { StoredCode } from "./types";

export class CodeCache {
  private ready = new Map<string, string>();

  constructor(private readonly dir: string) {}

  /** The directory holding the unpacked code (LAMBDA_TASK_ROOT). */
  ensure(sha256: string, load: () => StoredCode): string {
    const known = this.ready.get(sha256);
    if (known) return known;
    const target = join(this.dir, Buffer.from(sha256, "base64").toString("hex"));
    if (!existsSync(join(target, ".archway-complete"))) {
      const code = load();
      const tmp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
      mkdirSync(tmp, { recursive: true });
      const files: Record<string, Uint8Array | string> = { ...readZip(code.zip), ...code.build };
      for (const [path, data] of Object.entries(files)) {
        const file = join(tmp, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, data);
      }
      writeFileSync(join(tmp, ".archway-complete"), "");
      try {
        renameSync(tmp, target);
      } catch {
        // Another process unpacked the same package first; theirs is identical.
        rmSync(tmp, { recursive: true, force: true });
      }
    }
    this.ready.set(sha256, target);
    return target;
  }
}
