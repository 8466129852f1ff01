/** DeleteRestApi: DELETE /restapis/{restapi_id} (202). Removes everything; the gateway drops its stages. */
import "server-only";
import { bumpGatewayRevision, write } from "./db";
import { requireRestApi } from "./lookups";

export async function deleteRestApi(restApiId: string): Promise<void> {
  await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    // Explicit deletes, so nothing depends on SQLite's foreign-key pragma being on.
    const resources = await tx.resource.findMany({ where: { restApiId }, select: { id: true } });
    await tx.method.deleteMany({ where: { resourceId: { in: resources.map((r) => r.id) } } });
    await tx.resource.deleteMany({ where: { restApiId } });
    await tx.stage.deleteMany({ where: { restApiId } });
    await tx.deployment.deleteMany({ where: { restApiId } });
    await tx.gatewayResponse.deleteMany({ where: { restApiId } });
    await tx.authorizer.deleteMany({ where: { restApiId } });
    // Logs go with the API (its id is never reused). A deleted stage keeps its logs, as AWS keeps
    // its CloudWatch log groups, until retention removes them.
    await tx.gatewayLog.deleteMany({ where: { restApiId } });
    await tx.restApi.delete({ where: { id: restApiId } });
    await bumpGatewayRevision(tx);
  });
}
