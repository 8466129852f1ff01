/**
 * TagResource (PUT /tags/{resource_arn}, 204), UntagResource (DELETE /tags/{resource_arn}
 * ?tagKeys=..., 204) and GetTags (GET /tags/{resource_arn}, 200 → {"tags": {...}}) for the
 * resources that carry tags here: REST APIs (`arn:aws:apigateway:{region}::/restapis/{id}`)
 * and stages (`arn:aws:apigateway:{region}::/restapis/{id}/stages/{name}`).
 *
 * Tag rules (API Gateway developer guide, "Tagging your API Gateway resources", and the API
 * reference of `tags`): keys 1–128 characters, not starting with "aws:"; values up to 256
 * characters; characters `[\p{L}\p{Z}\p{N}_.:/=+\-@]`; at most 50 tags per resource.
 * Tags change nothing the gateway serves, so the gateway revision is not bumped.
 */
import "server-only";
import { badRequest, notFound } from "../errors";
import { write, prisma, type Db } from "./db";
import { validationError } from "./http";
import { apiNotFound, MESSAGES } from "./lookups";
import { parseJson } from "./shapes";

export const MAX_TAGS = 50;
const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

type Target = { kind: "restapi"; restApiId: string } | { kind: "stage"; restApiId: string; stageName: string };

/** Parses a resource ARN; anything but a REST API or stage ARN is refused. */
export function parseResourceArn(arn: string): Target {
  const m = /^arn:aws[a-z-]*:apigateway:([a-z0-9-]+)::\/restapis\/([^/]+)(?:\/stages\/([^/]+))?$/.exec(arn);
  if (!m) {
    throw badRequest(
      `Invalid resource ARN specified: ${arn}. Taggable resources are arn:aws:apigateway:{region}::/restapis/{restapi_id} and arn:aws:apigateway:{region}::/restapis/{restapi_id}/stages/{stage_name}`,
    );
  }
  return m[3] ? { kind: "stage", restApiId: m[2], stageName: m[3] } : { kind: "restapi", restApiId: m[2] };
}

async function readTags(db: Db, t: Target): Promise<Record<string, string>> {
  const api = await db.restApi.findUnique({ where: { id: t.restApiId } });
  if (!api) throw apiNotFound(t.restApiId);
  if (t.kind === "restapi") return parseJson<Record<string, string>>(api.tags, {});
  const stage = await db.stage.findUnique({ where: { restApiId_stageName: { restApiId: t.restApiId, stageName: t.stageName } } });
  if (!stage) throw notFound(MESSAGES.stage);
  return parseJson<Record<string, string>>(stage.tags, {});
}

async function writeTags(db: Db, t: Target, tags: Record<string, string>): Promise<void> {
  const data = { tags: JSON.stringify(tags) };
  if (t.kind === "restapi") await db.restApi.update({ where: { id: t.restApiId }, data });
  else await db.stage.update({ where: { restApiId_stageName: { restApiId: t.restApiId, stageName: t.stageName } }, data });
}

export function checkTags(tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128 || !TAG_CHARS.test(key)) {
      throw badRequest(`Invalid tag key: ${key}. Tag keys must be 1-128 characters of letters, numbers, spaces and _.:/=+-@`);
    }
    if (key.toLowerCase().startsWith("aws:")) throw badRequest(`Invalid tag key: ${key}. Tag keys cannot start with 'aws:'`);
    if (typeof value !== "string" || value.length > 256 || !TAG_CHARS.test(value)) {
      throw badRequest(`Invalid tag value for ${key}. Tag values must be at most 256 characters of letters, numbers, spaces and _.:/=+-@`);
    }
  }
  const n = Object.keys(tags).length;
  if (n > MAX_TAGS) throw badRequest(`Too many tags: a resource can have at most ${MAX_TAGS} tags; this one would have ${n}`);
}

export async function getTags(resourceArn: string): Promise<{ tags: Record<string, string> }> {
  return { tags: await readTags(prisma, parseResourceArn(resourceArn)) };
}

export async function tagResource(resourceArn: string, tags: Record<string, string> | undefined): Promise<void> {
  const target = parseResourceArn(resourceArn);
  if (!tags) throw validationError([{ value: null, at: "tags", constraint: "Member must not be null" }]);
  checkTags(tags);
  await write(async (tx) => {
    const next = { ...(await readTags(tx, target)), ...tags };
    checkTags(next);
    await writeTags(tx, target, next);
  });
}

export async function untagResource(resourceArn: string, tagKeys: string[]): Promise<void> {
  const target = parseResourceArn(resourceArn);
  if (tagKeys.length === 0) throw validationError([{ value: null, at: "tagKeys", constraint: "Member must not be null" }]);
  await write(async (tx) => {
    const next = { ...(await readTags(tx, target)) };
    for (const key of tagKeys) delete next[key];
    await writeTags(tx, target, next);
  });
}
