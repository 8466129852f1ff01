/**
 * Console: GET /api/functions/{name}/logs?since=<epoch ms>&q=<text>&limit= — the newest
 * invocation logs first (at most `limit`, default 100), optionally only those after `since` (for
 * tailing) or containing `q`.
 */
import "server-only";
import { invalidParameter } from "@/gateway/functions/errors";
import { prisma, refOf, requireFunction } from "./store";

export interface FunctionLogEvent {
  id: number;
  requestId: string;
  version: string;
  timestamp: number;
  durationMs: number;
  initMs: number | null;
  error: string | null;
  text: string;
}

export async function getLogs(functionName: string, query: URLSearchParams): Promise<{ events: FunctionLogEvent[] }> {
  const { name } = refOf(functionName);
  await requireFunction(prisma, name);
  const since = query.get("since");
  const limit = query.get("limit") ? Number(query.get("limit")) : 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidParameter("limit must be between 1 and 1000");
  const q = query.get("q")?.trim();
  const rows = await prisma.functionLog.findMany({
    where: {
      functionName: name,
      ...(since ? { id: { gt: Number(since) || 0 } } : {}),
      ...(q ? { text: { contains: q } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit,
  });
  return {
    events: rows.map((r) => ({
      id: r.id,
      requestId: r.requestId,
      version: r.version,
      timestamp: Number(r.timestamp),
      durationMs: r.durationMs,
      initMs: r.initMs,
      error: r.error,
      text: r.text,
    })),
  };
}
