/** CreateResource: POST /restapis/{restapi_id}/resources/{parent_id} (201) with {"pathPart"}. */
import "server-only";
import { z } from "zod";
import type { Resource } from "@/gateway/model/api-types";
import { write } from "./db";
import { newResourceId, uniqueId } from "./ids";
import { requireResource } from "./lookups";
import { checkPlacement } from "./resource-tree";
import { toResource } from "./shapes";
import { childPath, validatePathPart } from "./validation";

export const CreateResourceInput = z.object({ pathPart: z.string().optional() });

export async function createResource(restApiId: string, parentId: string, input: z.infer<typeof CreateResourceInput>): Promise<Resource> {
  const row = await write(async (tx) => {
    const parent = await requireResource(tx, restApiId, parentId);
    const pathPart = validatePathPart(input.pathPart);
    await checkPlacement(tx, restApiId, parent, pathPart);
    const id = await uniqueId(newResourceId, async (c) => !!(await tx.resource.findUnique({ where: { id: c } })));
    return tx.resource.create({
      data: { id, restApiId, parentId: parent.id, pathPart, path: childPath(parent.path, pathPart) },
    });
  });
  return toResource(row, [], false);
}
