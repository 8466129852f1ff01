"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Integration, IntegrationType, Method } from "./types";

export interface SaveIntegrationInput {
  type: IntegrationType;
  /** The integration's own HTTP method (HTTP / HTTP_PROXY); "ANY" is allowed. */
  httpMethod?: string;
  uri?: string;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: string;
  timeoutInMillis?: number;
  /** Integration parameter mappings, e.g. integration.request.path.petId → method.request.path.petId. */
  requestParameters?: Record<string, string>;
  /** The integration's cacheKeyParameters; always sent, since PutIntegration without them clears them. */
  cacheKeyParameters?: string[];
  /** Method request parameters the mappings read, declared on the method first when missing (name → required). */
  methodParameters?: Record<string, boolean>;
  /** Integration content handling (CONVERT_TO_TEXT / CONVERT_TO_BINARY); left out for passthrough. */
  contentHandling?: string;
  /** MOCK: the 200 integration response's templates; saving makes sure 200 exists on both sides. */
  responseTemplates?: Record<string, string>;
}

/**
 * Saves a method's integration. For MOCK it also makes sure method response 200 and integration
 * response 200 exist (as the AWS console does), so the method answers right away.
 */
export function useSaveIntegration(apiId: string, resourceId: string, verb: string) {
  const qc = useQueryClient();
  const base = `/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`;
  return useMutation({
    mutationFn: async (input: SaveIntegrationInput) => {
      const method = qc.getQueryData<Method>(queryKeys.method(apiId, resourceId, verb));
      const missing = Object.entries(input.methodParameters ?? {}).filter(([p]) => !(p in (method?.requestParameters ?? {})));
      if (missing.length) {
        await controlApi(base, {
          method: "PATCH",
          body: {
            patchOperations: missing.map(([p, required]) => ({ op: "add", path: `/requestParameters/${p}`, value: String(required) })),
          },
        });
      }
      const body: Record<string, unknown> = { type: input.type };
      if (input.httpMethod) body.httpMethod = input.httpMethod;
      if (input.uri) body.uri = input.uri;
      if (input.requestTemplates) body.requestTemplates = input.requestTemplates;
      if (input.requestParameters) body.requestParameters = input.requestParameters;
      if (input.passthroughBehavior) body.passthroughBehavior = input.passthroughBehavior;
      if (input.contentHandling) body.contentHandling = input.contentHandling;
      if (input.timeoutInMillis) body.timeoutInMillis = input.timeoutInMillis;
      if (input.cacheKeyParameters) body.cacheKeyParameters = input.cacheKeyParameters;
      const integration = await controlApi<Integration>(`${base}/integration`, { method: "PUT", body });

      if (input.type === "MOCK") {
        if (!method?.methodResponses?.["200"]) {
          await controlApi(`${base}/responses/200`, { method: "PUT", body: {} });
        }
        // Keep what else the 200 response had (parameters, pattern); replace its templates.
        const existing = method?.methodIntegration?.integrationResponses?.["200"];
        await controlApi(`${base}/integration/responses/200`, {
          method: "PUT",
          body: {
            ...(existing?.selectionPattern ? { selectionPattern: existing.selectionPattern } : {}),
            ...(existing?.responseParameters ? { responseParameters: existing.responseParameters } : {}),
            responseTemplates: { ...(existing?.responseTemplates ?? {}), ...(input.responseTemplates ?? {}) },
          },
        });
      }
      return integration;
    },
    onSettled: () => {
      qc.invalidateQueries({ queryKey: queryKeys.method(apiId, resourceId, verb) });
      qc.invalidateQueries({ queryKey: queryKeys.resources(apiId), exact: true });
    },
  });
}
