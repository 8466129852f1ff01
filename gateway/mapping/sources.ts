import type { InvocationContext } from "../runtime/context";
import { contextVariables } from "./context-variables";
import type { MappingSources } from "./parameters";

/** Mapping sources of a method request; body text and $context are computed on first use. */
export function requestSources(ctx: InvocationContext, extra: Partial<MappingSources> = {}): MappingSources {
  let body: string | undefined;
  let context: Record<string, unknown> | undefined;
  return {
    pathParameters: ctx.route?.pathParameters,
    query: ctx.request.query,
    headers: ctx.request.headers,
    body: () => (body ??= ctx.request.body.toString("utf8")),
    context: () => (context ??= contextVariables(ctx)),
    stageVariables: ctx.stageVariables,
    ...extra,
  };
}
