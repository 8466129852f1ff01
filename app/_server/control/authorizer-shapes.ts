/**
 * Authorizer rows ↔ the AWS wire shape (Authorizer in @aws-sdk/client-api-gateway). Members AWS
 * leaves out when unset are left out (an unset TTL means AWS's default of 300 s, and is returned
 * unset, as AWS does). The lookup that fails with AWS's NotFoundException is requireAuthorizer
 * in lookups.ts.
 */
import "server-only";
import type { Authorizer as AuthorizerRow } from "@/generated/prisma/client";
import type { Authorizer, AuthorizerType } from "@/gateway/model/api-types";
import type { Db } from "./db";
import { compact } from "./http";
import { parseJson } from "./shapes";

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

/** An API's authorizers in a stable order (by name, then id): for lists and snapshots. */
export async function authorizersOf(db: Db, restApiId: string): Promise<Authorizer[]> {
  const rows = await db.authorizer.findMany({ where: { restApiId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map(toAuthorizer);
}
