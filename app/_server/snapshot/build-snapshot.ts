/**
 * Freezes an API as it is now into an ApiSnapshot (gateway/model/snapshot.ts): the contract the
 * gateway compiles per stage. CreateDeployment stores it as JSON and never changes it again;
 * TestInvokeMethod builds one on the fly from the undeployed API.
 */
import "server-only";
import { SNAPSHOT_VERSION, snapshotMethodFromMethod, type ApiSnapshot, type SnapshotResource } from "@/gateway/model/snapshot";
import type { Db } from "../control/db";
import { authorizersOf } from "../control/authorizer-shapes";
import { requireRestApi } from "../control/lookups";
import { parseJson, toMethod, toRestApi } from "../control/shapes";

/** The models every API has from the start (AWS creates them with the API). */
export const DEFAULT_MODEL_SCHEMAS: ApiSnapshot["models"] = {
  Empty: {
    name: "Empty",
    contentType: "application/json",
    schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", title: "Empty Schema", type: "object" }),
  },
  Error: {
    name: "Error",
    contentType: "application/json",
    schema: JSON.stringify({
      $schema: "http://json-schema.org/draft-04/schema#",
      title: "Error Schema",
      type: "object",
      properties: { message: { type: "string" } },
    }),
  },
};

export async function buildApiSnapshot(db: Db, restApiId: string): Promise<ApiSnapshot> {
  const api = toRestApi(await requireRestApi(db, restApiId));
  const rows = await db.resource.findMany({ where: { restApiId }, include: { methods: true }, orderBy: { path: "asc" } });
  const resources: SnapshotResource[] = rows.map((r) => {
    const methods: SnapshotResource["methods"] = {};
    for (const m of [...r.methods].sort((a, b) => a.httpMethod.localeCompare(b.httpMethod))) {
      methods[m.httpMethod] = snapshotMethodFromMethod(toMethod(m));
    }
    const resource: SnapshotResource = { id: r.id, path: r.path, methods };
    if (r.parentId !== null) resource.parentId = r.parentId;
    if (r.pathPart !== null) resource.pathPart = r.pathPart;
    return resource;
  });
  const snapshotApi: ApiSnapshot["api"] = {
    id: api.id,
    name: api.name,
    binaryMediaTypes: api.binaryMediaTypes ?? [],
    apiKeySource: api.apiKeySource,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
  };
  if (api.description !== undefined) snapshotApi.description = api.description;
  if (api.minimumCompressionSize !== undefined) snapshotApi.minimumCompressionSize = api.minimumCompressionSize;
  if (api.policy !== undefined) snapshotApi.policy = api.policy;
  return {
    version: SNAPSHOT_VERSION,
    api: snapshotApi,
    resources,
    models: { ...DEFAULT_MODEL_SCHEMAS },
    gatewayResponses: await gatewayResponsesOf(db, restApiId),
    authorizers: Object.fromEntries((await authorizersOf(db, restApiId)).map((a) => [a.id, a])),
  };
}

/**
 * The API's customized gateway responses, as the gateway reads them: types without a
 * customization are left out (the gateway answers AWS's default for them, or the family's
 * DEFAULT_4XX/DEFAULT_5XX); a missing statusCode means "the type's own status".
 */
async function gatewayResponsesOf(db: Db, restApiId: string): Promise<ApiSnapshot["gatewayResponses"]> {
  const rows = await db.gatewayResponse.findMany({ where: { restApiId }, orderBy: { responseType: "asc" } });
  const out: ApiSnapshot["gatewayResponses"] = {};
  for (const row of rows) {
    out[row.responseType] = {
      ...(row.statusCode ? { statusCode: row.statusCode } : {}),
      responseParameters: parseJson<Record<string, string>>(row.responseParameters, {}),
      responseTemplates: parseJson<Record<string, string>>(row.responseTemplates, {}),
    };
  }
  return out;
}
