/**
 * UpdateRestApi: PATCH /restapis/{restapi_id} (200). Paths: /name, /description, /version,
 * /apiKeySource, /minimumCompressionSize, /binaryMediaTypes/{type} (with "/" as "~1"), /policy,
 * /disableExecuteApiEndpoint, /endpointConfiguration/types/0.
 */
import "server-only";
import type { RestApi } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { validateMinimumCompressionSize } from "./create-rest-api";
import { write } from "./db";
import { requireRestApi } from "./lookups";
import { invalidPatchPath, onlyReplace, patchBoolean, patchInteger, unescapePointer, type PatchOperation } from "./patch";
import { parseJson, toRestApi, type EndpointConfiguration } from "./shapes";

export async function updateRestApi(restApiId: string, ops: PatchOperation[]): Promise<RestApi> {
  const row = await write(async (tx) => {
    const api = await requireRestApi(tx, restApiId);
    const data = {
      name: api.name,
      description: api.description,
      version: api.version,
      apiKeySource: api.apiKeySource,
      minimumCompressionSize: api.minimumCompressionSize,
      policy: api.policy,
      disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    };
    let binaryMediaTypes = parseJson<string[]>(api.binaryMediaTypes, []);
    const endpoint = parseJson<EndpointConfiguration>(api.endpointConfiguration, { types: ["EDGE"] });

    for (const { op, path, value } of ops) {
      if (path.startsWith("/binaryMediaTypes/")) {
        const type = unescapePointer(path.slice("/binaryMediaTypes/".length));
        if (!type) throw invalidPatchPath(path);
        if (op === "add") {
          if (!binaryMediaTypes.includes(type)) binaryMediaTypes = [...binaryMediaTypes, type];
        } else if (op === "remove") {
          binaryMediaTypes = binaryMediaTypes.filter((t) => t !== type);
        } else if (op === "replace") {
          // As AWS does: the old type goes, the new one is appended.
          if (!value) throw badRequest(`Invalid null or empty value in binaryMediaTypes`);
          binaryMediaTypes = [...binaryMediaTypes.filter((t) => t !== type && t !== value), value];
        } else {
          throw badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
        }
        continue;
      }
      switch (path) {
        case "/name":
          if (op !== "replace") throw onlyReplace();
          if (!value || !value.trim()) throw badRequest("Name cannot be empty");
          data.name = value;
          break;
        case "/description":
          if (op === "remove") data.description = null;
          else if (op === "replace" || op === "add") data.description = value ? value : null;
          else throw onlyReplace();
          break;
        case "/version":
          if (op === "remove") data.version = null;
          else if (op === "replace" || op === "add") data.version = value ?? null;
          else throw onlyReplace();
          break;
        case "/apiKeySource":
          if (op !== "replace") throw onlyReplace();
          if (value !== "HEADER" && value !== "AUTHORIZER") {
            throw badRequest(`Invalid apiKeySource specified: ${value ?? "null"}. Must be HEADER or AUTHORIZER`);
          }
          data.apiKeySource = value;
          break;
        case "/minimumCompressionSize": {
          if (op !== "replace") throw onlyReplace();
          const size = value === undefined || value === "" ? null : patchInteger(value, path);
          validateMinimumCompressionSize(size);
          data.minimumCompressionSize = size;
          break;
        }
        case "/policy":
          if (op === "remove") data.policy = null;
          else if (op === "replace" || op === "add") data.policy = value ? value : null;
          else throw onlyReplace();
          break;
        case "/disableExecuteApiEndpoint":
          if (op !== "replace") throw onlyReplace();
          data.disableExecuteApiEndpoint = patchBoolean(value, path);
          break;
        case "/endpointConfiguration/types/0":
          if (op !== "replace") throw onlyReplace();
          if (value !== "EDGE" && value !== "REGIONAL" && value !== "PRIVATE") {
            throw badRequest("Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE");
          }
          endpoint.types = [value];
          break;
        default:
          throw invalidPatchPath(path);
      }
    }
    return tx.restApi.update({
      where: { id: restApiId },
      data: { ...data, binaryMediaTypes: JSON.stringify(binaryMediaTypes), endpointConfiguration: JSON.stringify(endpoint) },
    });
  });
  return toRestApi(row);
}
