/**
 * PutMethod / UpdateMethod: a method with authorizationType CUSTOM or COGNITO_USER_POOLS must
 * name an existing authorizer of the API, of the matching kind (CUSTOM: a TOKEN or REQUEST Lambda
 * authorizer; COGNITO_USER_POOLS: a Cognito one). AWS's message for a missing or unknown id, as
 * recorded against AWS in LocalStack's snapshot tests.
 */
import "server-only";
import { badRequest } from "../errors";
import type { Db } from "./db";
import type { StoredMethod } from "./shapes";

const INVALID_AUTHORIZER_ID =
  "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.";

/** Whether the method's authorization type names an authorizer (its authorizerId counts). */
export function usesAuthorizer(m: Pick<StoredMethod, "authorizationType">): boolean {
  return m.authorizationType === "CUSTOM" || m.authorizationType === "COGNITO_USER_POOLS";
}

export async function checkMethodAuthorizer(db: Db, restApiId: string, m: StoredMethod): Promise<void> {
  if (!usesAuthorizer(m)) return;
  const authorizer = m.authorizerId ? await db.authorizer.findFirst({ where: { id: m.authorizerId, restApiId } }) : null;
  if (!authorizer) throw badRequest(INVALID_AUTHORIZER_ID);
  const cognito = authorizer.type === "COGNITO_USER_POOLS";
  if (cognito !== (m.authorizationType === "COGNITO_USER_POOLS")) throw badRequest(INVALID_AUTHORIZER_ID);
}
