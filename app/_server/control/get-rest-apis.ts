/** GetRestApis: GET /restapis?limit&position (200) → {"item": [...], "position"}. */
import "server-only";
import type { RestApi } from "@/gateway/model/api-types";
import { prisma } from "./db";
import { pageOf, type Page } from "./paging";
import { toRestApi } from "./shapes";

export async function getRestApis(limit: number | undefined, position: string | undefined): Promise<Page<RestApi>> {
  const rows = await prisma.restApi.findMany({ orderBy: [{ createdDate: "asc" }, { id: "asc" }] });
  return pageOf(rows.map(toRestApi), limit, position);
}
