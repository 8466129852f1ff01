/** DeleteIntegration: DELETE .../methods/{http_method}/integration (204), with its integration responses. */
import "server-only";
import { write } from "./db";
import { requireIntegration } from "./lookups";

export async function deleteIntegration(restApiId: string, resourceId: string, httpMethod: string): Promise<void> {
  await write(async (tx) => {
    const { method } = await requireIntegration(tx, restApiId, resourceId, httpMethod);
    await tx.method.update({
      where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } },
      data: { integration: null },
    });
  });
}
