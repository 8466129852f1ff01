/** DeleteMethod: DELETE /restapis/{restapi_id}/resources/{resource_id}/methods/{http_method} (204). */
import "server-only";
import { write } from "./db";
import { requireMethod } from "./lookups";

export async function deleteMethod(restApiId: string, resourceId: string, httpMethod: string): Promise<void> {
  await write(async (tx) => {
    const { method } = await requireMethod(tx, restApiId, resourceId, httpMethod);
    await tx.method.delete({ where: { resourceId_httpMethod: { resourceId: method.resourceId, httpMethod: method.httpMethod } } });
  });
}
