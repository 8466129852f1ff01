/**
 * Root credentials: from ARCHWAY_ROOT_ACCESS_KEY_ID / ARCHWAY_ROOT_SECRET_ACCESS_KEY, or generated
 * once at first start and kept in <dataDir>/credentials.json, readable only by the owner.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Settings } from "../../../gateway/config/settings";

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function generate(): Credentials {
  const bytes = randomBytes(16);
  let id = "AKIA";
  for (let i = 0; i < 16; i++) id += KEY_ID_ALPHABET[bytes[i] % KEY_ID_ALPHABET.length];
  return { accessKeyId: id, secretAccessKey: randomBytes(30).toString("base64").replace(/[+/=]/g, "").slice(0, 40) };
}

export function credentialsFile(settings: Pick<Settings, "dataDir">): string {
  return join(settings.dataDir, "credentials.json");
}

/** Reads the root credentials without creating them. */
export function readRootCredentials(settings: Settings): Credentials | null {
  if (settings.rootAccessKeyId && settings.rootSecretAccessKey) {
    return { accessKeyId: settings.rootAccessKeyId, secretAccessKey: settings.rootSecretAccessKey };
  }
  const file = credentialsFile(settings);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as Credentials;
}

/** Returns the root credentials, generating and saving them on first use; `created` says so. */
export function ensureRootCredentials(settings: Settings): { credentials: Credentials; created: boolean } {
  const existing = readRootCredentials(settings);
  if (existing) return { credentials: existing, created: false };
  const credentials = generate();
  mkdirSync(settings.dataDir, { recursive: true });
  const file = credentialsFile(settings);
  writeFileSync(file, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return { credentials, created: true };
}
