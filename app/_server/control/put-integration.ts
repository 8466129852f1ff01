/**
 * PutIntegration: PUT .../methods/{http_method}/integration (201). The integration's own verb
 * (integrationHttpMethod in the SDK) travels as "httpMethod" in the body. Defaults as AWS:
 * passthroughBehavior WHEN_NO_MATCH, timeoutInMillis 29000, cacheNamespace = the resource id,
 * cacheKeyParameters []. AWS creates no integration responses; existing ones are kept.
 */
import "server-only";
import { z } from "zod";
import type { Integration } from "@/gateway/model/api-types";
import { write } from "./db";
import { compact } from "./http";
import { checkContentHandlingMember, checkIntegration, checkIntegrationType, type StoredIntegration } from "./integration-rules";
import { requireMethod } from "./lookups";
import { storedIntegration, storedMethod, toIntegration } from "./shapes";
import { MAX_TIMEOUT_MS } from "./validation";

export const PutIntegrationInput = z.object({
  type: z.string(),
  httpMethod: z.string().optional(),
  uri: z.string().optional(),
  connectionType: z.string().optional(),
  connectionId: z.string().optional(),
  credentials: z.string().optional(),
  requestParameters: z.record(z.string(), z.string()).optional(),
  requestTemplates: z.record(z.string(), z.string()).optional(),
  passthroughBehavior: z.string().optional(),
  cacheNamespace: z.string().optional(),
  cacheKeyParameters: z.array(z.string()).optional(),
  contentHandling: z.string().optional(),
  timeoutInMillis: z.number().int().optional(),
  tlsConfig: z.object({ insecureSkipVerification: z.boolean().optional() }).optional(),
});

export async function putIntegration(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  input: z.infer<typeof PutIntegrationInput>,
): Promise<Integration> {
  const type = checkIntegrationType(input.type, "putIntegrationInput");
  checkContentHandlingMember(input.contentHandling, "putIntegrationInput.contentHandling");
  const integration = await write(async (tx) => {
    const { method } = await requireMethod(tx, restApiId, resourceId, httpMethod);
    const previous = storedIntegration(method);
    const next: StoredIntegration = checkIntegration(
      compact({
        type,
        httpMethod: input.httpMethod,
        uri: input.uri,
        connectionType: input.connectionType as Integration["connectionType"],
        connectionId: input.connectionId,
        credentials: input.credentials,
        requestParameters: input.requestParameters,
        requestTemplates: input.requestTemplates,
        passthroughBehavior: (input.passthroughBehavior ?? "WHEN_NO_MATCH") as Integration["passthroughBehavior"],
        contentHandling: input.contentHandling as Integration["contentHandling"],
        timeoutInMillis: input.timeoutInMillis ?? MAX_TIMEOUT_MS,
        cacheNamespace: input.cacheNamespace ?? method.resourceId,
        cacheKeyParameters: input.cacheKeyParameters ?? [],
        tlsConfig: input.tlsConfig,
        integrationResponses: previous?.integrationResponses,
      }),
      storedMethod(method),
    );
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: JSON.stringify(next) },
    });
    return next;
  });
  return toIntegration(integration);
}
