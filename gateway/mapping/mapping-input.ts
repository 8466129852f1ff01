import type { InvocationContext } from "../runtime/context";
import { contextVariables, lastValue } from "./context-variables";
import type { MappingInput } from "./vtl";

/** What a request-side mapping template sees: the method request and `$context`. */
export function requestMappingInput(ctx: InvocationContext, body: string = ctx.request.body.toString("utf8")): MappingInput {
  let context: Record<string, unknown> | undefined;
  return {
    body,
    params: {
      path: ctx.route?.pathParameters ?? {},
      querystring: lastValue(ctx.request.query),
      header: lastValue(ctx.request.headers),
    },
    multiValueParams: { querystring: ctx.request.query, header: ctx.request.headers },
    // Built on first read: templates that never use $context never pay for it.
    get context() {
      return (context ??= contextVariables(ctx));
    },
    stageVariables: ctx.stageVariables,
  };
}
