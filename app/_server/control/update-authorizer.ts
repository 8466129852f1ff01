/**
 * UpdateAuthorizer: PATCH /restapis/{restapi_id}/authorizers/{authorizer_id} (200). Paths (AWS's
 * patch-operations table): /name, /type, /authorizerUri, /identitySource,
 * /identityValidationExpression, /authorizerResultTtlInSeconds, /authorizerCredentials, /authType
 * (replace; the optional ones also remove, or replace with an empty value) and /providerARNs
 * (add and remove one ARN given as the value, as Terraform sends them; remove without a value
 * clears the list). The result is checked as a whole, as CreateAuthorizer checks.
 */
import "server-only";
import type { Authorizer, AuthorizerType } from "@/gateway/model/api-types";
import { badRequest } from "../errors";
import { checkAuthorizer } from "./authorizer-rules";
import { authorizerColumns, toAuthorizer } from "./authorizer-shapes";
import { write } from "./db";
import { requireAuthorizer } from "./lookups";
import { invalidPatchPath, onlyReplace, onlyReplaceOrRemove, patchInteger, patchStringSet, type PatchOperation } from "./patch";

const OPTIONAL = ["authorizerUri", "identitySource", "identityValidationExpression", "authorizerCredentials", "authType"] as const;

function applyOp(a: Authorizer, { op, path, value }: PatchOperation): Authorizer {
  const next: Authorizer = { ...a };
  const key = path.slice(1);
  if (path === "/name" || path === "/type") {
    if (op !== "replace") throw onlyReplace();
    if (!value) throw badRequest(`Invalid null or empty value in ${key}`);
    if (path === "/name") next.name = value;
    else next.type = value as AuthorizerType;
    return next;
  }
  if ((OPTIONAL as readonly string[]).includes(key)) {
    const k = key as (typeof OPTIONAL)[number];
    if (op !== "replace" && op !== "remove") throw onlyReplaceOrRemove();
    if (op === "remove" || !value) delete next[k];
    else next[k] = value;
    return next;
  }
  if (path === "/authorizerResultTtlInSeconds") {
    if (op === "remove") delete next.authorizerResultTtlInSeconds;
    else if (op === "replace") next.authorizerResultTtlInSeconds = patchInteger(value, path);
    else throw onlyReplaceOrRemove();
    return next;
  }
  if (path === "/providerARNs") {
    next.providerARNs = patchStringSet(next.providerARNs, op, value, (v) => v.split(",").map((arn) => arn.trim()).filter(Boolean));
    return next;
  }
  throw invalidPatchPath(path);
}

export async function updateAuthorizer(restApiId: string, authorizerId: string, ops: PatchOperation[]): Promise<Authorizer> {
  const row = await write(async (tx) => {
    const current = toAuthorizer(await requireAuthorizer(tx, restApiId, authorizerId));
    let next = current;
    for (const op of ops) next = applyOp(next, op);
    next = checkAuthorizer(next, "updateAuthorizerInput");
    return tx.authorizer.update({ where: { id: current.id }, data: authorizerColumns(next) });
  });
  return toAuthorizer(row);
}
