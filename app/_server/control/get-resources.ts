/** GetResources: GET /restapis/{restapi_id}/resources?embed=methods&limit&position (200). */
import "server-only";
import type { Resource } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { requireRestApi } from "./lookups";
import { pageOf, type Page } from "./paging";
import { toResource } from "./shapes";

/** `embed` arrives repeated (`embed=methods&embed=x`) or comma-separated, in any case (AWS's docs write `apisummary`). */
export function embeds(query: URLSearchParams, what: string): boolean {
  const wanted = what.toLowerCase();
  return query.getAll("embed").flatMap((v) => v.split(",")).some((v) => v.trim().toLowerCase() === wanted);
}

export async function getResources(
  restApiId: string,
  options: { embedMethods: boolean; limit?: number; position?: string },
): Promise<Page<Resource>> {
  await requireRestApi(prisma, restApiId);
  const rows = await prisma.resource.findMany({ where: { restApiId }, include: { methods: true }, orderBy: { path: "asc" } });
  return pageOf(
    rows.map((r) => toResource(r, r.methods, options.embedMethods)),
    options.limit,
    options.position,
  );
}
