/** DeleteIntegrationResponse: DELETE .../integration/responses/{status_code} (204). */
import "server-only";
import { write } from "./db";
import { requireIntegrationResponse } from "./get-integration-response";

export async function deleteIntegrationResponse(restApiId: string, resourceId: string, httpMethod: string, statusCode: string): Promise<void> {
  await write(async (tx) => {
    const { method, integration } = await requireIntegrationResponse(tx, restApiId, resourceId, httpMethod, statusCode);
    const responses = { ...(integration.integrationResponses ?? {}) };
    delete responses[statusCode];
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: JSON.stringify({ ...integration, integrationResponses: responses }) },
    });
  });
}
