/**
 * Deployment packages: zips read and written with fflate, and the build step that runs once when
 * code is stored (not per invocation): every TypeScript file is transpiled with esbuild to an
 * ES module (`.mjs`) or CommonJS (`.cjs`) file beside it, chosen by whether it uses import/export,
 * so a handler `index.handler` finds `index.mjs` built from `index.ts`.
 */
import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { invalidParameter } from "./errors";

export interface BuiltPackage {
  zip: Uint8Array;
  /** base64 SHA-256 of the zip, as Lambda reports CodeSha256. */
  sha256: string;
  size: number;
  /** Transpiled files: path → JavaScript. */
  build: Record<string, string>;
  /** Problems found while transpiling, as "file:line:col: message". */
  diagnostics: string[];
}

/** Lambda's unzipped-size quota. */
export const MAX_UNZIPPED_BYTES = 250 * 1024 * 1024;

export function readZip(zip: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch (err) {
    throw invalidParameter(`Could not unzip uploaded file. Please check your file, then try to upload again. (${(err as Error).message})`);
  }
  let total = 0;
  const out: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith("/")) continue; // directory entries
    const clean = path.replace(/^\.?\/+/, "");
    if (clean.split("/").includes("..")) throw invalidParameter(`Invalid file name in the deployment package: ${path}`);
    total += data.length;
    if (total > MAX_UNZIPPED_BYTES) throw invalidParameter(`Unzipped size must be smaller than ${MAX_UNZIPPED_BYTES} bytes`);
    out[clean] = data;
  }
  return out;
}

/** A zip of text files (what the console's editor saves). */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  // A fixed mtime keeps the zip (and so CodeSha256) stable for the same files.
  for (const [path, content] of Object.entries(files)) z[path] = [typeof content === "string" ? strToU8(content) : content, { mtime: new Date("2020-01-01T00:00:00Z") }];
  return zipSync(z, { level: 6 });
}

export function textFiles(zip: Uint8Array, maxBytes = 1024 * 1024): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(readZip(zip))) {
    if (path.startsWith("node_modules/") || data.length > maxBytes) continue;
    const text = strFromU8(data);
    if (!text.includes("\u0000")) out[path] = text;
  }
  return out;
}

export function sha256Base64(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("base64");
}

const TS_FILE = /\.(ts|mts|cts)$/;
const USES_ESM = /^\s*(import\s*[\w{*'"]|export\s)/m;

type Esbuild = typeof import("esbuild");
let esbuild: Promise<Esbuild> | undefined;

/** esbuild, loaded on first use (only the process that stores code needs it). */
function loadEsbuild(): Promise<Esbuild> {
  return (esbuild ??= import("esbuild"));
}

export async function buildPackage(zip: Uint8Array): Promise<BuiltPackage> {
  const files = readZip(zip);
  const build: Record<string, string> = {};
  const diagnostics: string[] = [];
  const sources = Object.entries(files).filter(([p]) => TS_FILE.test(p) && !p.endsWith(".d.ts") && !p.startsWith("node_modules/"));
  if (sources.length) {
    const { transform } = await loadEsbuild();
    for (const [path, data] of sources) {
      const source = strFromU8(data);
      const esm = path.endsWith(".mts") || (!path.endsWith(".cts") && USES_ESM.test(source));
      try {
        const result = await transform(source, {
          loader: "ts",
          format: esm ? "esm" : "cjs",
          target: "node20",
          sourcefile: path,
          sourcemap: "inline",
        });
        build[path.replace(TS_FILE, esm ? ".mjs" : ".cjs")] = result.code;
      } catch (err) {
        const errors = (err as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors ?? [];
        for (const e of errors) diagnostics.push(e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text);
        if (!errors.length) diagnostics.push(`${path}: ${(err as Error).message}`);
      }
    }
  }
  return { zip, sha256: sha256Base64(zip), size: zip.length, build, diagnostics };
}
