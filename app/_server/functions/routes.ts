/**
 * The Lambda API's route table (AWS's paths and verbs, as @aws-sdk/client-lambda sends them) and
 * the console-only function endpoints under /api/functions. One row per operation: parse the
 * input, call the service (one verb per file), answer with Lambda's status.
 */
import "server-only";
import { createAlias, CreateAliasInput } from "./create-alias";
import { createFunction, CreateFunctionInput } from "./create-function";
import { deleteAlias } from "./delete-alias";
import { deleteFunction } from "./delete-function";
import { deleteFunctionConcurrency, getFunctionConcurrency, putFunctionConcurrency, PutFunctionConcurrencyInput } from "./function-concurrency";
import { getAlias } from "./get-alias";
import { getCodeFiles, getCodeZip } from "./get-code";
import { getFunction, getFunctionConfiguration } from "./get-function";
import { getLogs } from "./get-logs";
import { getMetrics } from "./get-metrics";
import { json, noContent, parseLambdaInput, type LambdaHandler } from "./http";
import { invoke } from "./invoke";
import { listAliases } from "./list-aliases";
import { listFunctions } from "./list-functions";
import { listVersionsByFunction } from "./list-versions-by-function";
import { publishVersion, PublishVersionInput } from "./publish-version";
import { getTestEvents, putTestEvents, TestEventsInput } from "./test-events";
import { updateAlias, UpdateAliasInput } from "./update-alias";
import { updateFunctionCode, UpdateFunctionCodeInput } from "./update-function-code";
import { updateFunctionConfiguration, UpdateFunctionConfigurationInput } from "./update-function-configuration";

export interface LambdaRoute {
  method: "GET" | "POST" | "PUT" | "DELETE";
  pattern: string;
  operation: string;
  handler: LambdaHandler;
}

const FN = "/2015-03-31/functions/{FunctionName}";
const CONSOLE = "/api/functions/{FunctionName}";

export const lambdaRoutes: LambdaRoute[] = [
  { method: "POST", pattern: "/2015-03-31/functions", operation: "CreateFunction", handler: async ({ body }) => json(await createFunction(parseLambdaInput(CreateFunctionInput, body)), 201) },
  { method: "GET", pattern: "/2015-03-31/functions", operation: "ListFunctions", handler: async ({ query }) => json(await listFunctions(query)) },
  { method: "GET", pattern: FN, operation: "GetFunction", handler: async ({ params, query, origin }) => json(await getFunction(params.FunctionName, query.get("Qualifier"), origin)) },
  { method: "DELETE", pattern: FN, operation: "DeleteFunction", handler: async ({ params, query }) => (await deleteFunction(params.FunctionName, query.get("Qualifier")), noContent()) },
  { method: "GET", pattern: `${FN}/configuration`, operation: "GetFunctionConfiguration", handler: async ({ params, query }) => json(await getFunctionConfiguration(params.FunctionName, query.get("Qualifier"))) },
  { method: "PUT", pattern: `${FN}/configuration`, operation: "UpdateFunctionConfiguration", handler: async ({ params, body }) => json(await updateFunctionConfiguration(params.FunctionName, parseLambdaInput(UpdateFunctionConfigurationInput, body))) },
  { method: "PUT", pattern: `${FN}/code`, operation: "UpdateFunctionCode", handler: async ({ params, body }) => json(await updateFunctionCode(params.FunctionName, parseLambdaInput(UpdateFunctionCodeInput, body))) },
  { method: "POST", pattern: `${FN}/invocations`, operation: "Invoke", handler: ({ params, query, headers, bodyText }) => invoke(params.FunctionName, query.get("Qualifier"), headers, bodyText) },
  { method: "POST", pattern: `${FN}/versions`, operation: "PublishVersion", handler: async ({ params, body }) => json(await publishVersion(params.FunctionName, parseLambdaInput(PublishVersionInput, body)), 201) },
  { method: "GET", pattern: `${FN}/versions`, operation: "ListVersionsByFunction", handler: async ({ params, query }) => json(await listVersionsByFunction(params.FunctionName, query)) },
  { method: "POST", pattern: `${FN}/aliases`, operation: "CreateAlias", handler: async ({ params, body }) => json(await createAlias(params.FunctionName, parseLambdaInput(CreateAliasInput, body)), 201) },
  { method: "GET", pattern: `${FN}/aliases`, operation: "ListAliases", handler: async ({ params, query }) => json(await listAliases(params.FunctionName, query)) },
  { method: "GET", pattern: `${FN}/aliases/{Name}`, operation: "GetAlias", handler: async ({ params }) => json(await getAlias(params.FunctionName, params.Name)) },
  { method: "PUT", pattern: `${FN}/aliases/{Name}`, operation: "UpdateAlias", handler: async ({ params, body }) => json(await updateAlias(params.FunctionName, params.Name, parseLambdaInput(UpdateAliasInput, body))) },
  { method: "DELETE", pattern: `${FN}/aliases/{Name}`, operation: "DeleteAlias", handler: async ({ params }) => (await deleteAlias(params.FunctionName, params.Name), noContent()) },
  { method: "PUT", pattern: "/2017-10-31/functions/{FunctionName}/concurrency", operation: "PutFunctionConcurrency", handler: async ({ params, body }) => json(await putFunctionConcurrency(params.FunctionName, parseLambdaInput(PutFunctionConcurrencyInput, body))) },
  { method: "DELETE", pattern: "/2017-10-31/functions/{FunctionName}/concurrency", operation: "DeleteFunctionConcurrency", handler: async ({ params }) => (await deleteFunctionConcurrency(params.FunctionName), noContent()) },
  { method: "GET", pattern: "/2019-09-30/functions/{FunctionName}/concurrency", operation: "GetFunctionConcurrency", handler: async ({ params }) => json(await getFunctionConcurrency(params.FunctionName)) },

  // Console-only
  { method: "GET", pattern: `${CONSOLE}/logs`, operation: "GetFunctionLogs", handler: async ({ params, query }) => json(await getLogs(params.FunctionName, query)) },
  { method: "GET", pattern: `${CONSOLE}/metrics`, operation: "GetFunctionMetrics", handler: async ({ params, query }) => json(await getMetrics(params.FunctionName, query)) },
  { method: "GET", pattern: `${CONSOLE}/code`, operation: "GetFunctionCode", handler: ({ params, query }) => getCodeZip(params.FunctionName, query.get("qualifier")) },
  { method: "GET", pattern: `${CONSOLE}/files`, operation: "GetFunctionFiles", handler: async ({ params, query }) => json(await getCodeFiles(params.FunctionName, query.get("qualifier"))) },
  { method: "GET", pattern: `${CONSOLE}/test-events`, operation: "GetTestEvents", handler: async ({ params }) => json(await getTestEvents(params.FunctionName)) },
  { method: "PUT", pattern: `${CONSOLE}/test-events`, operation: "PutTestEvents", handler: async ({ params, body }) => json(await putTestEvents(params.FunctionName, parseLambdaInput(TestEventsInput, body))) },
];

const compiled = lambdaRoutes.map((r) => ({
  route: r,
  segments: r.pattern.split("/").filter(Boolean).map((s) => (s.startsWith("{") ? { param: s.slice(1, -1) } : { literal: s })),
}));

/** Matches decoded path segments; `pathMatched` tells a wrong verb from an unknown path. */
export function matchLambdaRoute(method: string, segments: string[]): { route?: LambdaRoute; params: Record<string, string>; pathMatched: boolean } {
  let pathMatched = false;
  for (const c of compiled) {
    if (c.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const s = c.segments[i];
      if ("literal" in s) ok = s.literal === segments[i];
      else if (segments[i] === "") ok = false;
      else params[s.param] = segments[i];
    }
    if (!ok) continue;
    pathMatched = true;
    if (c.route.method === method) return { route: c.route, params, pathMatched };
  }
  return { params: {}, pathMatched };
}
