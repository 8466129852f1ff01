/** DeleteMethodResponse: DELETE .../methods/{http_method}/responses/{status_code} (204). */
import "server-only";
import { write } from "./db";
import { requireMethodResponse } from "./get-method-response";

export async function deleteMethodResponse(restApiId: string, resourceId: string, httpMethod: string, statusCode: string): Promise<void> {
  await write(async (tx) => {
    const { method, responses } = await requireMethodResponse(tx, restApiId, resourceId, httpMethod, statusCode);
    const rest = { ...responses };
    delete rest[statusCode];
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { methodResponses: JSON.stringify(rest) },
    });
  });
}
