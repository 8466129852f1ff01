/**
 * The control API's route table: AWS API Gateway's REST paths and verbs, one row per operation.
 * Each handler parses its input with zod, calls the service (one verb per file) and answers with
 * AWS's status code for the operation.
 */
import "server-only";
import { z } from "zod";
import { createDeployment, CreateDeploymentInput } from "./create-deployment";
import { createResource, CreateResourceInput } from "./create-resource";
import { createRestApi, CreateRestApiInput } from "./create-rest-api";
import { createStage, CreateStageInput } from "./create-stage";
import { deleteDeployment } from "./delete-deployment";
import { deleteGatewayResponse } from "./delete-gateway-response";
import { deleteIntegration } from "./delete-integration";
import { deleteIntegrationResponse } from "./delete-integration-response";
import { deleteMethod } from "./delete-method";
import { deleteMethodResponse } from "./delete-method-response";
import { deleteResource } from "./delete-resource";
import { deleteRestApi } from "./delete-rest-api";
import { deleteStage } from "./delete-stage";
import { flushStageCache } from "./flush-stage-cache";
import { getDeployment } from "./get-deployment";
import { getDeployments } from "./get-deployments";
import { getGatewayResponse } from "./get-gateway-response";
import { getGatewayResponses } from "./get-gateway-responses";
import { getIntegration } from "./get-integration";
import { getIntegrationResponse } from "./get-integration-response";
import { getMethod } from "./get-method";
import { getMethodResponse } from "./get-method-response";
import { getResource } from "./get-resource";
import { embeds, getResources } from "./get-resources";
import { getRestApi } from "./get-rest-api";
import { getRestApis } from "./get-rest-apis";
import { getStage } from "./get-stage";
import { getStages } from "./get-stages";
import { empty, json, parseInput, type RouteHandler } from "./http";
import { parseLimit } from "./paging";
import { parsePatchOperations } from "./patch";
import { putGatewayResponse, PutGatewayResponseInput } from "./put-gateway-response";
import { putIntegration, PutIntegrationInput } from "./put-integration";
import { putIntegrationResponse, PutIntegrationResponseInput } from "./put-integration-response";
import { putMethod, PutMethodInput } from "./put-method";
import { putMethodResponse, PutMethodResponseInput } from "./put-method-response";
import { getTags, tagResource, untagResource } from "./tags";
import { testInvokeMethod, TestInvokeMethodInput } from "./test-invoke-method";
import { updateDeployment } from "./update-deployment";
import { updateGatewayResponse } from "./update-gateway-response";
import { updateIntegration } from "./update-integration";
import { updateIntegrationResponse } from "./update-integration-response";
import { updateMethod } from "./update-method";
import { updateMethodResponse } from "./update-method-response";
import { updateResource } from "./update-resource";
import { updateRestApi } from "./update-rest-api";
import { updateStage } from "./update-stage";
import { authorizerRoutes } from "./routes-authorizers";

export type HttpVerb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Route {
  method: HttpVerb;
  /**
   * AWS's path, with `{name}` placeholders matching one path segment each; a last `{name+}`
   * takes the rest of the path (an ARN whose "/" a client may or may not have encoded).
   */
  pattern: string;
  /** The AWS operation name (for logs and errors). */
  operation: string;
  handler: RouteHandler;
}

const API = "/restapis/{restapi_id}";
const RESOURCE = `${API}/resources/{resource_id}`;
const METHOD = `${RESOURCE}/methods/{http_method}`;
const INTEGRATION = `${METHOD}/integration`;

export const routes: Route[] = [
  // REST APIs
  {
    method: "POST",
    pattern: "/restapis",
    operation: "CreateRestApi",
    handler: async ({ body }) => json(await createRestApi(parseInput(CreateRestApiInput, body)), 201),
  },
  {
    method: "GET",
    pattern: "/restapis",
    operation: "GetRestApis",
    handler: async ({ query }) => json(await getRestApis(parseLimit(query.get("limit")), query.get("position") ?? undefined)),
  },
  {
    method: "GET",
    pattern: API,
    operation: "GetRestApi",
    handler: async ({ params }) => json(await getRestApi(params.restapi_id)),
  },
  {
    method: "PATCH",
    pattern: API,
    operation: "UpdateRestApi",
    handler: async ({ params, body }) => json(await updateRestApi(params.restapi_id, parsePatchOperations(body, "updateRestApiInput"))),
  },
  {
    method: "DELETE",
    pattern: API,
    operation: "DeleteRestApi",
    handler: async ({ params }) => {
      await deleteRestApi(params.restapi_id);
      return empty(202);
    },
  },

  // Resources
  {
    method: "GET",
    pattern: `${API}/resources`,
    operation: "GetResources",
    handler: async ({ params, query }) =>
      json(
        await getResources(params.restapi_id, {
          embedMethods: embeds(query, "methods"),
          limit: parseLimit(query.get("limit")),
          position: query.get("position") ?? undefined,
        }),
      ),
  },
  {
    method: "GET",
    pattern: RESOURCE,
    operation: "GetResource",
    handler: async ({ params, query }) => json(await getResource(params.restapi_id, params.resource_id, embeds(query, "methods"))),
  },
  {
    // AWS names this segment {parent_id}: the new resource is created under it.
    method: "POST",
    pattern: RESOURCE,
    operation: "CreateResource",
    handler: async ({ params, body }) =>
      json(await createResource(params.restapi_id, params.resource_id, parseInput(CreateResourceInput, body)), 201),
  },
  {
    method: "PATCH",
    pattern: RESOURCE,
    operation: "UpdateResource",
    handler: async ({ params, body }) =>
      json(await updateResource(params.restapi_id, params.resource_id, parsePatchOperations(body, "updateResourceInput"))),
  },
  {
    method: "DELETE",
    pattern: RESOURCE,
    operation: "DeleteResource",
    handler: async ({ params }) => {
      await deleteResource(params.restapi_id, params.resource_id);
      return empty(202);
    },
  },

  // Methods
  {
    method: "PUT",
    pattern: METHOD,
    operation: "PutMethod",
    handler: async ({ params, body }) =>
      json(await putMethod(params.restapi_id, params.resource_id, params.http_method, parseInput(PutMethodInput, body)), 201),
  },
  {
    method: "GET",
    pattern: METHOD,
    operation: "GetMethod",
    handler: async ({ params }) => json(await getMethod(params.restapi_id, params.resource_id, params.http_method)),
  },
  {
    method: "PATCH",
    pattern: METHOD,
    operation: "UpdateMethod",
    handler: async ({ params, body }) =>
      json(await updateMethod(params.restapi_id, params.resource_id, params.http_method, parsePatchOperations(body, "updateMethodInput"))),
  },
  {
    method: "DELETE",
    pattern: METHOD,
    operation: "DeleteMethod",
    handler: async ({ params }) => {
      await deleteMethod(params.restapi_id, params.resource_id, params.http_method);
      return empty(204);
    },
  },
  {
    method: "POST",
    pattern: METHOD,
    operation: "TestInvokeMethod",
    handler: async ({ params, body }) =>
      json(await testInvokeMethod(params.restapi_id, params.resource_id, params.http_method, parseInput(TestInvokeMethodInput, body))),
  },

  // Method responses
  {
    method: "PUT",
    pattern: `${METHOD}/responses/{status_code}`,
    operation: "PutMethodResponse",
    handler: async ({ params, body }) =>
      json(
        await putMethodResponse(params.restapi_id, params.resource_id, params.http_method, params.status_code, parseInput(PutMethodResponseInput, body)),
        201,
      ),
  },
  {
    method: "GET",
    pattern: `${METHOD}/responses/{status_code}`,
    operation: "GetMethodResponse",
    handler: async ({ params }) => json(await getMethodResponse(params.restapi_id, params.resource_id, params.http_method, params.status_code)),
  },
  {
    method: "PATCH",
    pattern: `${METHOD}/responses/{status_code}`,
    operation: "UpdateMethodResponse",
    handler: async ({ params, body }) =>
      json(
        await updateMethodResponse(
          params.restapi_id,
          params.resource_id,
          params.http_method,
          params.status_code,
          parsePatchOperations(body, "updateMethodResponseInput"),
        ),
        201,
      ),
  },
  {
    method: "DELETE",
    pattern: `${METHOD}/responses/{status_code}`,
    operation: "DeleteMethodResponse",
    handler: async ({ params }) => {
      await deleteMethodResponse(params.restapi_id, params.resource_id, params.http_method, params.status_code);
      return empty(204);
    },
  },

  // Integrations
  {
    method: "PUT",
    pattern: INTEGRATION,
    operation: "PutIntegration",
    handler: async ({ params, body }) =>
      json(await putIntegration(params.restapi_id, params.resource_id, params.http_method, parseInput(PutIntegrationInput, body)), 201),
  },
  {
    method: "GET",
    pattern: INTEGRATION,
    operation: "GetIntegration",
    handler: async ({ params }) => json(await getIntegration(params.restapi_id, params.resource_id, params.http_method)),
  },
  {
    method: "PATCH",
    pattern: INTEGRATION,
    operation: "UpdateIntegration",
    handler: async ({ params, body }) =>
      json(
        await updateIntegration(params.restapi_id, params.resource_id, params.http_method, parsePatchOperations(body, "updateIntegrationInput")),
      ),
  },
  {
    method: "DELETE",
    pattern: INTEGRATION,
    operation: "DeleteIntegration",
    handler: async ({ params }) => {
      await deleteIntegration(params.restapi_id, params.resource_id, params.http_method);
      return empty(204);
    },
  },

  // Integration responses
  {
    method: "PUT",
    pattern: `${INTEGRATION}/responses/{status_code}`,
    operation: "PutIntegrationResponse",
    handler: async ({ params, body }) =>
      json(
        await putIntegrationResponse(
          params.restapi_id,
          params.resource_id,
          params.http_method,
          params.status_code,
          parseInput(PutIntegrationResponseInput, body),
        ),
        201,
      ),
  },
  {
    method: "GET",
    pattern: `${INTEGRATION}/responses/{status_code}`,
    operation: "GetIntegrationResponse",
    handler: async ({ params }) =>
      json(await getIntegrationResponse(params.restapi_id, params.resource_id, params.http_method, params.status_code)),
  },
  {
    method: "PATCH",
    pattern: `${INTEGRATION}/responses/{status_code}`,
    operation: "UpdateIntegrationResponse",
    handler: async ({ params, body }) =>
      json(
        await updateIntegrationResponse(
          params.restapi_id,
          params.resource_id,
          params.http_method,
          params.status_code,
          parsePatchOperations(body, "updateIntegrationResponseInput"),
        ),
      ),
  },
  {
    method: "DELETE",
    pattern: `${INTEGRATION}/responses/{status_code}`,
    operation: "DeleteIntegrationResponse",
    handler: async ({ params }) => {
      await deleteIntegrationResponse(params.restapi_id, params.resource_id, params.http_method, params.status_code);
      return empty(204);
    },
  },

  // Deployments
  {
    method: "POST",
    pattern: `${API}/deployments`,
    operation: "CreateDeployment",
    handler: async ({ params, body, principal }) =>
      json(await createDeployment(params.restapi_id, parseInput(CreateDeploymentInput, body), principal), 201),
  },
  {
    method: "GET",
    pattern: `${API}/deployments`,
    operation: "GetDeployments",
    handler: async ({ params, query }) =>
      json(await getDeployments(params.restapi_id, parseLimit(query.get("limit")), query.get("position") ?? undefined)),
  },
  {
    method: "GET",
    pattern: `${API}/deployments/{deployment_id}`,
    operation: "GetDeployment",
    handler: async ({ params, query }) => json(await getDeployment(params.restapi_id, params.deployment_id, embeds(query, "apiSummary"))),
  },
  {
    method: "PATCH",
    pattern: `${API}/deployments/{deployment_id}`,
    operation: "UpdateDeployment",
    handler: async ({ params, body }) =>
      json(await updateDeployment(params.restapi_id, params.deployment_id, parsePatchOperations(body, "updateDeploymentInput"))),
  },
  {
    method: "DELETE",
    pattern: `${API}/deployments/{deployment_id}`,
    operation: "DeleteDeployment",
    handler: async ({ params }) => {
      await deleteDeployment(params.restapi_id, params.deployment_id);
      return empty(202);
    },
  },

  // Stages
  {
    method: "POST",
    pattern: `${API}/stages`,
    operation: "CreateStage",
    handler: async ({ params, body }) => json(await createStage(params.restapi_id, parseInput(CreateStageInput, body)), 201),
  },
  {
    method: "GET",
    pattern: `${API}/stages`,
    operation: "GetStages",
    handler: async ({ params, query }) => json(await getStages(params.restapi_id, query.get("deploymentId") ?? undefined)),
  },
  {
    method: "GET",
    pattern: `${API}/stages/{stage_name}`,
    operation: "GetStage",
    handler: async ({ params }) => json(await getStage(params.restapi_id, params.stage_name)),
  },
  {
    method: "PATCH",
    pattern: `${API}/stages/{stage_name}`,
    operation: "UpdateStage",
    handler: async ({ params, body }) =>
      json(await updateStage(params.restapi_id, params.stage_name, parsePatchOperations(body, "updateStageInput"))),
  },
  {
    method: "DELETE",
    pattern: `${API}/stages/{stage_name}`,
    operation: "DeleteStage",
    handler: async ({ params }) => {
      await deleteStage(params.restapi_id, params.stage_name);
      return empty(202);
    },
  },
  {
    method: "DELETE",
    pattern: `${API}/stages/{stage_name}/cache/data`,
    operation: "FlushStageCache",
    handler: async ({ params }) => {
      await flushStageCache(params.restapi_id, params.stage_name);
      return empty(202);
    },
  },

  // Gateway responses
  {
    method: "GET",
    pattern: `${API}/gatewayresponses`,
    operation: "GetGatewayResponses",
    handler: async ({ params }) => json(await getGatewayResponses(params.restapi_id)),
  },
  {
    method: "GET",
    pattern: `${API}/gatewayresponses/{response_type}`,
    operation: "GetGatewayResponse",
    handler: async ({ params }) => json(await getGatewayResponse(params.restapi_id, params.response_type)),
  },
  {
    method: "PUT",
    pattern: `${API}/gatewayresponses/{response_type}`,
    operation: "PutGatewayResponse",
    handler: async ({ params, body }) =>
      json(await putGatewayResponse(params.restapi_id, params.response_type, parseInput(PutGatewayResponseInput, body)), 201),
  },
  {
    method: "PATCH",
    pattern: `${API}/gatewayresponses/{response_type}`,
    operation: "UpdateGatewayResponse",
    handler: async ({ params, body }) =>
      json(await updateGatewayResponse(params.restapi_id, params.response_type, parsePatchOperations(body, "updateGatewayResponseInput"))),
  },
  {
    method: "DELETE",
    pattern: `${API}/gatewayresponses/{response_type}`,
    operation: "DeleteGatewayResponse",
    handler: async ({ params }) => {
      await deleteGatewayResponse(params.restapi_id, params.response_type);
      return empty(202);
    },
  },

  // Authorizers (and FlushStageAuthorizersCache)
  ...authorizerRoutes,

  // Tags (served by app/tags/[...path]/route.ts, which shares this dispatcher)
  {
    method: "GET",
    pattern: "/tags/{resource_arn+}",
    operation: "GetTags",
    handler: async ({ params }) => json(await getTags(params.resource_arn)),
  },
  {
    method: "PUT",
    pattern: "/tags/{resource_arn+}",
    operation: "TagResource",
    handler: async ({ params, body }) => {
      await tagResource(params.resource_arn, parseInput(TagResourceInput, body).tags);
      return empty(204);
    },
  },
  {
    method: "DELETE",
    pattern: "/tags/{resource_arn+}",
    operation: "UntagResource",
    handler: async ({ params, query }) => {
      await untagResource(params.resource_arn, query.getAll("tagKeys"));
      return empty(204);
    },
  },
];

const TagResourceInput = z.object({ tags: z.record(z.string(), z.string()).optional() });

// ---------------------------------------------------------------- matching

interface CompiledRoute extends Route {
  segments: ({ literal: string } | { param: string; greedy?: boolean })[];
}

const compiled: CompiledRoute[] = routes.map((r) => ({
  ...r,
  segments: r.pattern
    .split("/")
    .filter(Boolean)
    .map((s) =>
      s.startsWith("{") && s.endsWith("+}")
        ? { param: s.slice(1, -2), greedy: true }
        : s.startsWith("{") && s.endsWith("}")
          ? { param: s.slice(1, -1) }
          : { literal: s },
    ),
}));

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Finds the route for a verb and a path given as decoded segments. `pathMatched` tells a wrong
 * verb on a known path from an unknown path.
 */
export function matchRoute(method: string, segments: string[]): { match?: RouteMatch; pathMatched: boolean } {
  let pathMatched = false;
  for (const route of compiled) {
    const last = route.segments[route.segments.length - 1];
    const greedy = !!last && "param" in last && !!last.greedy;
    if (greedy ? segments.length < route.segments.length : route.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < route.segments.length && ok; i++) {
      const s = route.segments[i];
      if ("literal" in s) ok = s.literal === segments[i];
      else if (s.greedy) {
        params[s.param] = segments.slice(i).join("/");
        ok = params[s.param] !== "";
      } else if (segments[i] === "") ok = false;
      else params[s.param] = segments[i];
    }
    if (!ok) continue;
    pathMatched = true;
    if (route.method === method) return { match: { route, params }, pathMatched };
  }
  return { pathMatched };
}
