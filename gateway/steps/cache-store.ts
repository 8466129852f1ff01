/**
 * cache-store: keeps a cacheable response in the stage cache. Placeholder until stage caching
 * lands; see architecture.md.
 */
import type { InvocationContext } from "../runtime/context";

export function cacheStore(_ctx: InvocationContext): void {}
