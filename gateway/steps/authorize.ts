/**
 * authorize: runs the method's authorizer (NONE: nothing to do). Placeholder until Lambda
 * authorizers land; see architecture.md.
 */
import type { InvocationContext } from "../runtime/context";

export function authorize(_ctx: InvocationContext): void {}
