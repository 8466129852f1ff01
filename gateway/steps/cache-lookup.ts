/**
 * cache-lookup: answers from the stage cache when the method caches. Placeholder until stage
 * caching lands; see architecture.md.
 */
import type { InvocationContext } from "../runtime/context";

export function cacheLookup(_ctx: InvocationContext): void {}
