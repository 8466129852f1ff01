/**
 * AWS list paging: `limit` (default 25, at most 500) and an opaque `position` token; the answer
 * is `{"item": [...], "position": "..."}` with `position` only when more items follow.
 */
import "server-only";
import { badRequest } from "../errors";

export interface Page<T> {
  item: T[];
  position?: string;
}

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 500;

export function parseLimit(raw: string | null): number | undefined {
  if (raw === null || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw badRequest(`Invalid limit specified: must be between 1 and ${MAX_LIMIT}`);
  return n;
}

function decodePosition(position: string): number {
  const text = Buffer.from(position, "base64url").toString("utf8");
  const m = /^o:(\d+)$/.exec(text);
  if (!m) throw badRequest("Invalid position specified");
  return Number(m[1]);
}

const encodePosition = (offset: number) => Buffer.from(`o:${offset}`, "utf8").toString("base64url");

/** One page of an already ordered list. */
export function pageOf<T>(items: T[], limit: number | undefined, position: string | undefined | null): Page<T> {
  const size = limit ?? DEFAULT_LIMIT;
  const start = position ? decodePosition(position) : 0;
  const item = items.slice(start, start + size);
  const next = start + size;
  return next < items.length ? { item, position: encodePosition(next) } : { item };
}
