/**
 * DeleteAuthorizer: DELETE /restapis/{restapi_id}/authorizers/{authorizer_id} (202). AWS refuses
 * while a method uses it: 409 ConflictException "Cannot delete authorizer 'NAME', is referenced in
 * method: GET//test" (verb, "/", then the resource path; seen in hashicorp/terraform#6731 and
 * hashicorp/terraform-provider-aws#14812). Deployed snapshots keep their own copy.
 */
import "server-only";
import { conflict } from "../errors";
import { write } from "./db";
import { requireAuthorizer } from "./lookups";
import { usesAuthorizer } from "./method-authorizer-rules";
import { storedMethod } from "./shapes";

export async function deleteAuthorizer(restApiId: string, authorizerId: string): Promise<void> {
  await write(async (tx) => {
    const authorizer = await requireAuthorizer(tx, restApiId, authorizerId);
    const resources = await tx.resource.findMany({ where: { restApiId }, include: { methods: true }, orderBy: { path: "asc" } });
    for (const resource of resources) {
      for (const row of resource.methods) {
        const method = storedMethod(row);
        if (method.authorizerId === authorizerId && usesAuthorizer(method)) {
          throw conflict(`Cannot delete authorizer '${authorizer.name}', is referenced in method: ${row.httpMethod}/${resource.path}`);
        }
      }
    }
    await tx.authorizer.delete({ where: { id: authorizer.id } });
  });
}
