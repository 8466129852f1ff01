/**
 * Console-only: GET /api/restapis/{apiId}/stages/{stageName}/logs?kind=execution|access&canary=0|1
 * &requestId=&status=&q=&since=&cursor=&limit= → a stage's logs, newest first, one entry per request.
 */
import { z } from "zod";
import { authenticate } from "@/app/_server/auth/authenticate";
import { badRequest, errorResponse } from "@/app/_server/errors";
import { queryStageLogs } from "@/app/_server/logs/query-stage-logs";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const Query = z.object({
  kind: z.enum(["execution", "access"]).default("execution"),
  canary: z.enum(["0", "1"]).default("0"),
  requestId: z.string().trim().max(128).optional(),
  status: z
    .string()
    .regex(/^([1-5]xx|error|[1-5]\d\d)$/i, "use 2xx, 3xx, 4xx, 5xx, error or a status code")
    .optional(),
  q: z.string().max(500).optional(),
  since: z.coerce.number().int().min(0).optional(),
  cursor: z.string().regex(/^\d+:\d+$/, "not a cursor this endpoint returned").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export async function GET(req: Request, ctx: { params: Promise<{ apiId: string; stageName: string }> }) {
  try {
    await authenticate(req, "");
    const { apiId, stageName } = await ctx.params;
    const raw = Object.fromEntries([...new URL(req.url).searchParams].filter(([, v]) => v !== ""));
    const parsed = Query.safeParse(raw);
    if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const { canary, ...q } = parsed.data;
    return Response.json(await queryStageLogs({ ...q, restApiId: apiId, stageName, canary: canary === "1" }));
  } catch (err) {
    return errorResponse(err);
  }
}
