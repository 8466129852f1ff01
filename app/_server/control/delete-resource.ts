/** DeleteResource: DELETE /restapis/{restapi_id}/resources/{resource_id} (202), with all its descendants. */
import "server-only";
import { badRequest } from "../errors";
import { write } from "./db";
import { requireResource } from "./lookups";
import { descendantsOf } from "./resource-tree";

export async function deleteResource(restApiId: string, resourceId: string): Promise<void> {
  await write(async (tx) => {
    const resource = await requireResource(tx, restApiId, resourceId);
    if (resource.parentId === null) throw badRequest("Cannot delete the root resource");
    const ids = [resource.id, ...(await descendantsOf(tx, restApiId, resource.path)).map((r) => r.id)];
    await tx.method.deleteMany({ where: { resourceId: { in: ids } } });
    await tx.resource.deleteMany({ where: { id: { in: ids } } });
  });
}
