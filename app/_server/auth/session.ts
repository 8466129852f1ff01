/**
 * The console's session cookie: `<accessKeyId>.<expiresEpochSeconds>.<hmac>`, signed with a key
 * derived from the root secret, so rotating the root secret signs everyone out.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { settings } from "../settings";
import { readRootCredentials } from "./root-credentials";

export const SESSION_COOKIE = "archway_session";
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

function sessionKey(): Buffer {
  const root = readRootCredentials(settings());
  if (!root) throw new Error("root credentials are not initialised");
  return createHash("sha256").update(`archway-session:${root.secretAccessKey}`).digest();
}

function mac(payload: string): string {
  return createHmac("sha256", sessionKey()).update(payload).digest("base64url");
}

export function createSessionValue(accessKeyId: string, now = Date.now()): string {
  const payload = `${accessKeyId}.${Math.floor(now / 1000) + SESSION_TTL_SECONDS}`;
  return `${payload}.${mac(payload)}`;
}

/** The access key id a valid, unexpired cookie value belongs to, else null. */
export function verifySessionValue(value: string | undefined, now = Date.now()): string | null {
  if (!value) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [accessKeyId, expires, sig] = parts;
  const expected = Buffer.from(mac(`${accessKeyId}.${expires}`));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(expires) * 1000 < now) return null;
  return accessKeyId;
}

export function sessionCookieHeader(value: string, maxAge = SESSION_TTL_SECONDS): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;
}

/** The session cookie's value from a request's Cookie header. */
export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
