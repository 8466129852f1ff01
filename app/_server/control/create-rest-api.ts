/** CreateRestApi: POST /restapis (201). Creates the API and its root resource "/". */
import "server-only";
import { z } from "zod";
import type { RestApi } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { write, type Db } from "./db";
import { validationError } from "./http";
import { newResourceId, newRestApiId, newRootResourceId, uniqueId } from "./ids";
import { requireRestApi } from "./lookups";
import { parseJson, toRestApi, type EndpointConfiguration } from "./shapes";

export const CreateRestApiInput = z.object({
  name: z.string(),
  description: z.string().optional(),
  version: z.string().optional(),
  cloneFrom: z.string().optional(),
  binaryMediaTypes: z.array(z.string()).optional(),
  minimumCompressionSize: z.number().int().optional(),
  apiKeySource: z.enum(["HEADER", "AUTHORIZER"]).optional(),
  endpointConfiguration: z
    .object({
      types: z.array(z.string()).optional(),
      ipAddressType: z.string().optional(),
      vpcEndpointIds: z.array(z.string()).optional(),
    })
    .optional(),
  policy: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  disableExecuteApiEndpoint: z.boolean().optional(),
});
export type CreateRestApiInput = z.infer<typeof CreateRestApiInput>;

const ENDPOINT_TYPES = ["PRIVATE", "EDGE", "REGIONAL"];
export const MAX_COMPRESSION_SIZE = 10_485_760;

export function validateMinimumCompressionSize(size: number | null | undefined): void {
  if (size !== null && size !== undefined && (size < 0 || size > MAX_COMPRESSION_SIZE)) {
    throw badRequest(`Invalid minimum compression size, must be between 0 and ${MAX_COMPRESSION_SIZE}`);
  }
}

function endpointConfiguration(input: CreateRestApiInput["endpointConfiguration"]): EndpointConfiguration {
  const types = input?.types?.length ? input.types : ["EDGE"];
  const problems = [];
  if (types.some((t) => !ENDPOINT_TYPES.includes(t))) {
    problems.push({
      value: `[${types.join(", ")}]`,
      at: "createRestApiInput.endpointConfiguration.types",
      constraint: `Member must satisfy constraint: [Member must satisfy enum value set: [${ENDPOINT_TYPES.join(", ")}]]`,
    });
  }
  if (input?.ipAddressType !== undefined && !["ipv4", "dualstack"].includes(input.ipAddressType)) {
    problems.push({
      value: input.ipAddressType,
      at: "createRestApiInput.endpointConfiguration.ipAddressType",
      constraint: "Member must satisfy enum value set: [ipv4, dualstack]",
    });
  }
  if (problems.length) throw validationError(problems);
  if (types.length > 1) throw badRequest("Cannot create an api with multiple Endpoint Types.");
  const isPrivate = types[0] === "PRIVATE";
  const ipAddressType = input?.ipAddressType ?? (isPrivate ? "dualstack" : "ipv4");
  if (isPrivate && ipAddressType !== "dualstack") throw badRequest("Only dualstack ipAddressType is supported for Private APIs.");
  return { types, ipAddressType, ...(input?.vpcEndpointIds ? { vpcEndpointIds: input.vpcEndpointIds } : {}) };
}

/** Copies resources and methods of `sourceId` into the new API (new ids, same tree). */
async function cloneTree(tx: Db, sourceId: string, targetId: string, targetRootId: string): Promise<void> {
  const resources = await tx.resource.findMany({ where: { restApiId: sourceId }, include: { methods: true }, orderBy: { path: "asc" } });
  const idMap = new Map<string, string>();
  for (const r of resources) {
    const id = r.parentId === null ? targetRootId : await uniqueId(newResourceId, async (c) => !!(await tx.resource.findUnique({ where: { id: c } })));
    idMap.set(r.id, id);
    if (r.parentId !== null) {
      await tx.resource.create({
        data: { id, restApiId: targetId, parentId: idMap.get(r.parentId) ?? targetRootId, pathPart: r.pathPart, path: r.path },
      });
    }
    for (const m of r.methods) {
      const integration = parseJson<Record<string, unknown> | null>(m.integration, null);
      if (integration && integration.cacheNamespace === r.id) integration.cacheNamespace = id;
      await tx.method.create({
        data: {
          resourceId: id,
          httpMethod: m.httpMethod,
          method: m.method,
          integration: integration ? JSON.stringify(integration) : null,
          methodResponses: m.methodResponses,
        },
      });
    }
  }
}

export async function createRestApi(input: CreateRestApiInput): Promise<RestApi> {
  if (input.name.trim() === "") throw badRequest("Name cannot be empty");
  if (input.description === "") throw badRequest("Description cannot be an empty string");
  validateMinimumCompressionSize(input.minimumCompressionSize);
  const endpoint = endpointConfiguration(input.endpointConfiguration);

  const row = await write(async (tx) => {
    const source = input.cloneFrom ? await requireRestApi(tx, input.cloneFrom) : null;
    const id = await uniqueId(newRestApiId, async (c) => !!(await tx.restApi.findUnique({ where: { id: c } })));
    const rootResourceId = await uniqueId(newRootResourceId, async (c) => !!(await tx.resource.findUnique({ where: { id: c } })));
    const api = await tx.restApi.create({
      data: {
        id,
        name: input.name,
        description: input.description ?? source?.description ?? null,
        version: input.version ?? source?.version ?? null,
        apiKeySource: input.apiKeySource ?? source?.apiKeySource ?? "HEADER",
        endpointConfiguration: JSON.stringify(endpoint),
        binaryMediaTypes: JSON.stringify(input.binaryMediaTypes ?? (source ? parseJson<string[]>(source.binaryMediaTypes, []) : [])),
        minimumCompressionSize: input.minimumCompressionSize ?? source?.minimumCompressionSize ?? null,
        disableExecuteApiEndpoint: input.disableExecuteApiEndpoint ?? false,
        policy: input.policy ?? source?.policy ?? null,
        tags: JSON.stringify(input.tags ?? {}),
        rootResourceId,
      },
    });
    await tx.resource.create({ data: { id: rootResourceId, restApiId: id, parentId: null, pathPart: null, path: "/" } });
    if (source) {
      await cloneTree(tx, source.id, id, rootResourceId);
      for (const r of await tx.gatewayResponse.findMany({ where: { restApiId: source.id } })) {
        await tx.gatewayResponse.create({
          data: {
            restApiId: id,
            responseType: r.responseType,
            statusCode: r.statusCode,
            responseParameters: r.responseParameters,
            responseTemplates: r.responseTemplates,
          },
        });
      }
    }
    return api;
  });
  return toRestApi(row);
}
