"use client";
import { strToU8, zipSync } from "fflate";

/** A deployment package (zip, base64) of the editor's files, as UpdateFunctionCode takes it. */
export function zipBase64(files: Record<string, string>): string {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, text] of Object.entries(files)) entries[path] = [strToU8(text), { mtime: new Date("2020-01-01T00:00:00Z") }];
  const bytes = zipSync(entries, { level: 6 });
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
