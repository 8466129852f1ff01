/**
 * Authorizer rows ↔ the AWS wire shape (Authorizer in @aws-sdk/client-api-gateway), and the
 * lookup that fails with AWS's NotFoundException message. Members AWS leaves out when unset are
 * left out (an unset TTL means AWS's default of 300 s, and is returned unset, as AWS does).
 */
import "server-only";
import type { Authorizer as AuthorizerRow } from "@/generated/prisma/client";
import type { Authorizer, AuthorizerType } from "@/gateway/model/api-types";
import { notFound } from "../errors";
import type { Db } from "./db";
import { compact } from "./http";
import { requireRestApi } from "./lookups";
import { parseJson } from "./shapes";

export const AUTHORIZER_NOT_FOUND = "Invalid Authorizer identifier specified";

export function toAuthorizer(row: AuthorizerRow): Authorizer {
  return compact(
    {
      id: row.id,
      name: row.name,
      type: row.type as AuthorizerType,
      providerARNs: parseJson<string[]>(row.providerARNs, []),
      authType: row.authType ?? undefined,
      authorizerUri: row.authorizerUri ?? undefined,
      authorizerCredentials: row.authorizerCredentials ?? undefined,
      identitySource: row.identitySource ?? undefined,
      identityValidationExpression: row.identityValidationExpression ?? undefined,
      authorizerResultTtlInSeconds: row.authorizerResultTtlInSeconds ?? undefined,
    },
    ["providerARNs"],
  );
}

/** The columns of an authorizer (everything but its id and API). */
export function authorizerColumns(a: Authorizer) {
  return {
    name: a.name,
    type: a.type,
    providerARNs: JSON.stringify(a.providerARNs ?? []),
    authType: a.authType ?? null,
    authorizerUri: a.authorizerUri ?? null,
    authorizerCredentials: a.authorizerCredentials ?? null,
    identitySource: a.identitySource ?? null,
    identityValidationExpression: a.identityValidationExpression ?? null,
    authorizerResultTtlInSeconds: a.authorizerResultTtlInSeconds ?? null,
  };
}

export async function requireAuthorizer(db: Db, restApiId: string, authorizerId: string): Promise<AuthorizerRow> {
  await requireRestApi(db, restApiId);
  const row = await db.authorizer.findFirst({ where: { id: authorizerId, restApiId } });
  if (!row) throw notFound(AUTHORIZER_NOT_FOUND);
  return row;
}

/** An API's authorizers in a stable order (by name, then id): for lists and snapshots. */
export async function authorizersOf(db: Db, restApiId: string): Promise<Authorizer[]> {
  const rows = await db.authorizer.findMany({ where: { restApiId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toAuthorizer);
}
