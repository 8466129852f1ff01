/** Identifiers shaped like AWS's: lowercase letters and digits, 10 for APIs, 6 for resources. */
import "server-only";
import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export function randomId(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    // 252 = 7 * 36: reject the top values so every character is equally likely.
    if (bytes[i] < 252) out += ALPHABET[bytes[i] % ALPHABET.length];
  }
  return out.length === length ? out : randomId(length);
}

export const newRestApiId = () => randomId(10);
export const newRootResourceId = () => randomId(10);
export const newResourceId = () => randomId(6);
export const newDeploymentId = () => randomId(6);

/** Draws ids until `taken` says one is free (collisions are rare; this keeps them harmless). */
export async function uniqueId(draw: () => string, taken: (id: string) => Promise<boolean>): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const id = draw();
    if (!(await taken(id))) return id;
  }
  throw new Error("could not draw a free identifier");
}
