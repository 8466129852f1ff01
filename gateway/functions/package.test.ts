/** Deployment packages: zips, CodeSha256, TypeScript transpiled once at store time. */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { LambdaError } from "./errors";
import { buildPackage, readZip, sha256Base64, textFiles, zipFiles } from "./package";

describe("deployment packages", () => {
  it("zips files reproducibly; CodeSha256 is the base64 SHA-256 of the zip", async () => {
    const a = zipFiles({ "index.mjs": "export const handler = async () => 1;" });
    const b = zipFiles({ "index.mjs": "export const handler = async () => 1;" });
    expect(Buffer.from(a)).toEqual(Buffer.from(b));
    const built = await buildPackage(a);
    expect(built.sha256).toBe(sha256Base64(a));
    expect(built.sha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(built.build).toEqual({});
    expect(strFromU8(unzipSync(a)["index.mjs"])).toContain("handler");
  });

  it("transpiles TypeScript to an ES module or CommonJS beside the source", async () => {
    const built = await buildPackage(
      zipFiles({
        "index.ts": "export const handler = async (e: { n: number }): Promise<number> => e.n + 1;",
        "lib/old.ts": "const x: number = 1; exports.x = x;",
        "types.d.ts": "declare const y: number;",
        "node_modules/dep/index.ts": "export const z: number = 1;",
      }),
    );
    expect(Object.keys(built.build).sort()).toEqual(["index.mjs", "lib/old.cjs"]);
    expect(built.build["index.mjs"]).toContain("const handler = async (e) => e.n + 1;");
    expect(built.build["index.mjs"]).toMatch(/export \{\s*handler\s*\}/);
    expect(built.build["index.mjs"]).toContain("sourceMappingURL=data:application/json");
    expect(built.build["lib/old.cjs"]).toContain("exports.x = x");
  });

  it("reports TypeScript syntax errors with file, line and column", async () => {
    const built = await buildPackage(zipFiles({ "index.ts": "export const handler = async ( => 1;" }));
    expect(built.diagnostics[0]).toMatch(/^index\.ts:1:\d+: /);
  });

  it("refuses what is not a zip, and paths that climb out of the package", () => {
    expect(() => readZip(new Uint8Array([1, 2, 3, 4]))).toThrow(LambdaError);
    expect(() => readZip(zipFiles({ "../escape.js": "x" }))).toThrow(LambdaError);
  });

  it("lists text files for the editor, leaving out node_modules", () => {
    const files = textFiles(zipFiles({ "index.mjs": "a", "node_modules/x/index.js": "b", "README.md": "c" }));
    expect(files).toEqual({ "index.mjs": "a", "README.md": "c" });
  });
});
