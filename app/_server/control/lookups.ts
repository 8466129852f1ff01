/**
 * Finding the things a request names, failing with AWS's own NotFoundException messages.
 */
import "server-only";
import type { Authorizer as AuthorizerRow } from "@/generated/prisma/client";
import { notFound } from "../errors";
import { settings } from "../settings";
import type { Db } from "./db";
import { storedIntegration } from "./shapes";

export const MESSAGES = {
  resource: "Invalid Resource identifier specified",
  method: "Invalid Method identifier specified",
  integration: "Invalid Integration identifier specified",
  responseStatus: "Invalid Response status code specified",
  stage: "Invalid Stage identifier specified",
  deployment: "Invalid Deployment identifier specified",
  authorizer: "Invalid Authorizer identifier specified",
} as const;

export function apiNotFound(restApiId: string) {
  return notFound(`Invalid API identifier specified ${settings().accountId}:${restApiId}`);
}

export async function requireRestApi(db: Db, restApiId: string) {
  const api = await db.restApi.findUnique({ where: { id: restApiId } });
  if (!api) throw apiNotFound(restApiId);
  return api;
}

/** A resource of an API. An unknown API also answers "Invalid Resource identifier", as AWS does. */
export async function requireResource(db: Db, restApiId: string, resourceId: string) {
  const resource = await db.resource.findFirst({ where: { id: resourceId, restApiId } });
  if (!resource) throw notFound(MESSAGES.resource);
  return resource;
}

/** Verbs in paths are matched case-insensitively and stored upper-case. */
export function normalizeVerb(httpMethod: string): string {
  return httpMethod.toUpperCase();
}

export async function requireMethod(db: Db, restApiId: string, resourceId: string, httpMethod: string) {
  const resource = await requireResource(db, restApiId, resourceId);
  const method = await db.method.findUnique({
    where: { resourceId_httpMethod: { resourceId: resource.id, httpMethod: normalizeVerb(httpMethod) } },
  });
  if (!method) throw notFound(MESSAGES.method);
  return { resource, method };
}

export async function requireIntegration(db: Db, restApiId: string, resourceId: string, httpMethod: string) {
  const found = await requireMethod(db, restApiId, resourceId, httpMethod);
  const integration = storedIntegration(found.method);
  if (!integration) throw notFound(MESSAGES.integration);
  return { ...found, integration };
}

export async function requireStage(db: Db, restApiId: string, stageName: string) {
  await requireRestApi(db, restApiId);
  const stage = await db.stage.findUnique({ where: { restApiId_stageName: { restApiId, stageName } } });
  if (!stage) throw notFound(MESSAGES.stage);
  return stage;
}

export async function requireDeployment(db: Db, restApiId: string, deploymentId: string) {
  await requireRestApi(db, restApiId);
  const deployment = await db.deployment.findFirst({ where: { id: deploymentId, restApiId } });
  if (!deployment) throw notFound(MESSAGES.deployment);
  return deployment;
}

export async function requireAuthorizer(db: Db, restApiId: string, authorizerId: string): Promise<AuthorizerRow> {
  await requireRestApi(db, restApiId);
  const row = await db.authorizer.findFirst({ where: { id: authorizerId, restApiId } });
  if (!row) throw notFound(MESSAGES.authorizer);
  return row;
}
