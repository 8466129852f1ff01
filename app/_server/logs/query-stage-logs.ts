/**
 * Console-only: a stage's execution or access logs (base or canary log group), newest first, one
 * entry per request, filtered by request id, status and text, paged with a cursor.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { accessLogGroup, executionLogGroup } from "@/gateway/logging/log-lines";
import type { AccessLogSettings } from "@/gateway/model/api-types";
import { prisma } from "../control/db";
import { requireStage } from "../control/lookups";
import { parseJson } from "../control/shapes";
import type { StageLogsPage } from "@/gateway/model/log-types";

export interface StageLogsQuery {
  restApiId: string;
  stageName: string;
  kind: "execution" | "access";
  canary: boolean;
  requestId?: string;
  /** "2xx".."5xx", "error" (4xx and 5xx), or one status code. */
  status?: string;
  /** Text the log must contain. */
  q?: string;
  /** Only requests that arrived at or after this epoch ms. */
  since?: number;
  /** From a previous page's nextCursor: continue with older entries. */
  cursor?: string;
  limit: number;
}

function statusFilter(status: string | undefined): Prisma.GatewayLogWhereInput {
  if (!status) return {};
  const cls = /^([1-5])xx$/i.exec(status);
  if (cls) return { status: { gte: Number(cls[1]) * 100, lt: Number(cls[1]) * 100 + 100 } };
  if (status === "error") return { status: { gte: 400 } };
  return { status: Number(status) };
}

/** "timestamp:id" of the last entry of a page; the next page starts strictly before it. */
function cursorFilter(cursor: string | undefined): Prisma.GatewayLogWhereInput {
  if (!cursor) return {};
  const [t, id] = cursor.split(":").map(Number);
  return { OR: [{ timestamp: { lt: BigInt(t) } }, { timestamp: BigInt(t), id: { lt: id } }] };
}

export async function queryStageLogs(q: StageLogsQuery): Promise<StageLogsPage> {
  const stage = await requireStage(prisma, q.restApiId, q.stageName);
  const group = { restApiId: q.restApiId, stage: q.stageName, kind: q.kind };
  const where: Prisma.GatewayLogWhereInput = {
    AND: [
      { ...group, canary: q.canary ? 1 : 0 },
      q.requestId ? { requestId: q.requestId } : {},
      statusFilter(q.status),
      q.q ? { text: { contains: q.q } } : {},
      q.since !== undefined ? { timestamp: { gte: BigInt(q.since) } } : {},
      cursorFilter(q.cursor),
    ],
  };
  const [rows, canaryRow] = await Promise.all([
    prisma.gatewayLog.findMany({ where, orderBy: [{ timestamp: "desc" }, { id: "desc" }], take: q.limit + 1 }),
    prisma.gatewayLog.findFirst({ where: { ...group, canary: 1 }, select: { id: true } }),
  ]);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const destination = parseJson<AccessLogSettings | null>(stage.accessLogSettings, null)?.destinationArn;
  return {
    logGroup: q.kind === "execution" ? executionLogGroup(q.restApiId, q.stageName, q.canary) : accessLogGroup(destination, q.canary),
    entries: page.map((r) => ({ id: r.id, requestId: r.requestId, timestamp: Number(r.timestamp), status: r.status, error: r.error, text: r.text })),
    nextCursor: rows.length > q.limit && last ? `${last.timestamp}:${last.id}` : undefined,
    canaryLogsExist: !!canaryRow,
  };
}
