/**
 * throttle: token buckets for the account, then the stage/method settings. Placeholder until
 * method-settings throttling lands; see architecture.md.
 */
import type { InvocationContext } from "../runtime/context";

export function throttle(_ctx: InvocationContext): void {}
