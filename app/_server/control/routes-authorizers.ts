/**
 * Control API routes for authorizers (CreateAuthorizer, GetAuthorizers, GetAuthorizer,
 * UpdateAuthorizer, DeleteAuthorizer, TestInvokeAuthorizer) and FlushStageAuthorizersCache,
 * joined into the route table by routes.ts.
 */
import "server-only";
import { createAuthorizer, CreateAuthorizerInput } from "./create-authorizer";
import { deleteAuthorizer } from "./delete-authorizer";
import { flushStageAuthorizersCache } from "./flush-stage-authorizers-cache";
import { getAuthorizer } from "./get-authorizer";
import { getAuthorizers } from "./get-authorizers";
import { empty, json, parseInput } from "./http";
import { parseLimit } from "./paging";
import { parsePatchOperations } from "./patch";
import type { Route } from "./routes";
import { testInvokeAuthorizer, TestInvokeAuthorizerInput } from "./test-invoke-authorizer";
import { updateAuthorizer } from "./update-authorizer";

const AUTHORIZERS = "/restapis/{restapi_id}/authorizers";
const AUTHORIZER = `${AUTHORIZERS}/{authorizer_id}`;

export const authorizerRoutes: Route[] = [
  {
    method: "POST",
    pattern: AUTHORIZERS,
    operation: "CreateAuthorizer",
    handler: async ({ params, body }) => json(await createAuthorizer(params.restapi_id, parseInput(CreateAuthorizerInput, body)), 201),
  },
  {
    method: "GET",
    pattern: AUTHORIZERS,
    operation: "GetAuthorizers",
    handler: async ({ params, query }) =>
      json(await getAuthorizers(params.restapi_id, parseLimit(query.get("limit")), query.get("position") ?? undefined)),
  },
  {
    method: "GET",
    pattern: AUTHORIZER,
    operation: "GetAuthorizer",
    handler: async ({ params }) => json(await getAuthorizer(params.restapi_id, params.authorizer_id)),
  },
  {
    method: "PATCH",
    pattern: AUTHORIZER,
    operation: "UpdateAuthorizer",
    handler: async ({ params, body }) =>
      json(await updateAuthorizer(params.restapi_id, params.authorizer_id, parsePatchOperations(body, "updateAuthorizerInput"))),
  },
  {
    method: "DELETE",
    pattern: AUTHORIZER,
    operation: "DeleteAuthorizer",
    handler: async ({ params }) => {
      await deleteAuthorizer(params.restapi_id, params.authorizer_id);
      return empty(202);
    },
  },
  {
    method: "POST",
    pattern: AUTHORIZER,
    operation: "TestInvokeAuthorizer",
    handler: async ({ params, body }) =>
      json(await testInvokeAuthorizer(params.restapi_id, params.authorizer_id, parseInput(TestInvokeAuthorizerInput, body))),
  },
  {
    method: "DELETE",
    pattern: "/restapis/{restapi_id}/stages/{stage_name}/cache/authorizers",
    operation: "FlushStageAuthorizersCache",
    handler: async ({ params }) => {
      await flushStageAuthorizersCache(params.restapi_id, params.stage_name);
      return empty(202);
    },
  },
];
