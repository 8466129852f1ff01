/** Console-only: request metrics of an API (optionally a stage / method), split base vs canary. */
import { z } from "zod";
import { authenticate } from "@/app/_server/auth/authenticate";
import { badRequest, errorResponse } from "@/app/_server/errors";
import { queryMetrics } from "@/app/_server/metrics/query-metrics";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const Query = z.object({
  restApiId: z.string().min(1),
  stage: z.string().optional(),
  resourcePath: z.string().optional(),
  httpMethod: z.string().optional(),
  from: z.coerce.number().int().optional(),
  to: z.coerce.number().int().optional(),
  step: z.coerce.number().int().min(1).max(1440).optional(),
  split: z.enum(["canary"]).optional(),
});

const MAX_POINTS = 1440;

export async function GET(req: Request) {
  try {
    await authenticate(req, "");
    const parsed = Query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const q = parsed.data;
    const to = q.to ?? Date.now();
    const from = q.from ?? to - 60 * 60_000;
    if (from > to) throw badRequest("from must not be after to");
    const step = q.step ?? Math.max(1, Math.ceil((to - from) / 60_000 / 60));
    if ((to - from) / (step * 60_000) > MAX_POINTS) throw badRequest(`That range needs more than ${MAX_POINTS} points; use a larger step`);
    const series = await queryMetrics({ ...q, from, to, stepMinutes: step, splitCanary: q.split === "canary" });
    return Response.json({ from, to, stepMinutes: step, series });
  } catch (err) {
    return errorResponse(err);
  }
}
