/**
 * UpdateGatewayResponse: PATCH /restapis/{restapi_id}/gatewayresponses/{response_type} (200).
 * Paths (AWS's patch-operations table): /statusCode (replace), /responseParameters/{name} and
 * /responseTemplates/{contentType with "/" as "~1"} (add, replace, remove). A type that is not
 * customized yet starts from its default and becomes customized. Messages as AWS answers them:
 * "Invalid patch path /statusCode" for add/remove of the status, "Invalid parameter name
 * specified" (404) for replacing an entry that does not exist, "Invalid null or empty value in
 * responseParameters" for a missing value.
 */
import "server-only";
import { badRequest, notFound } from "../errors";
import { write } from "./db";
import {
  checkGatewayResponse,
  customizedShape,
  defaultGatewayResponse,
  storedFromRow,
  validateResponseType,
  type GatewayResponseShape,
  type StoredGatewayResponse,
} from "./gateway-responses";
import { requireRestApi } from "./lookups";
import { invalidPatchPath, mapEntryPath, type PatchOperation } from "./patch";

function applyOp(r: StoredGatewayResponse, { op, path, value }: PatchOperation): StoredGatewayResponse {
  if (path === "/statusCode") {
    if (op !== "replace") throw invalidPatchPath(path);
    if (!value) throw badRequest("Invalid null or empty value in statusCode");
    return { ...r, statusCode: value };
  }
  for (const member of ["responseParameters", "responseTemplates"] as const) {
    const key = mapEntryPath(path, member);
    if (key === undefined) continue;
    const map = { ...r[member] };
    if (op === "remove") {
      delete map[key];
    } else if (op === "add" || op === "replace") {
      if (op === "replace" && !(key in map)) throw notFound("Invalid parameter name specified");
      if (value === undefined || (member === "responseParameters" && value === "")) {
        throw badRequest(`Invalid null or empty value in ${member}`);
      }
      map[key] = value;
    } else {
      throw badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
    }
    return { ...r, [member]: map };
  }
  throw invalidPatchPath(path);
}

export async function updateGatewayResponse(restApiId: string, responseType: string, ops: PatchOperation[]): Promise<GatewayResponseShape> {
  const type = validateResponseType(responseType);
  const stored = await write(async (tx) => {
    await requireRestApi(tx, restApiId);
    const row = await tx.gatewayResponse.findUnique({ where: { restApiId_responseType: { restApiId, responseType: type } } });
    let next = row ? storedFromRow(row) : defaultGatewayResponse(type);
    for (const op of ops) next = applyOp(next, op);
    checkGatewayResponse(next);
    const data = {
      statusCode: next.statusCode ?? null,
      responseParameters: JSON.stringify(next.responseParameters),
      responseTemplates: JSON.stringify(next.responseTemplates),
    };
    await tx.gatewayResponse.upsert({
      where: { restApiId_responseType: { restApiId, responseType: type } },
      create: { restApiId, responseType: type, ...data },
      update: data,
    });
    return next;
  });
  return customizedShape(type, stored);
}
