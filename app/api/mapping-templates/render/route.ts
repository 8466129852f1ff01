/** Console-only: render a mapping template against a sample request (the template playground). */
import { z } from "zod";
import { authenticate } from "@/app/_server/auth/authenticate";
import { badRequest, errorResponse } from "@/app/_server/errors";
import { renderSample } from "@/gateway/mapping/playground";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const StringMap = z.record(z.string(), z.string());
const Sample = z.object({
  template: z.string().max(300_000, "Mapping templates are limited to 300 KB"),
  body: z.string().max(10 * 1024 * 1024).optional(),
  headers: StringMap.optional(),
  queryString: z.string().optional(),
  pathParameters: StringMap.optional(),
  stageVariables: StringMap.optional(),
  httpMethod: z.string().optional(),
  resourcePath: z.string().optional(),
  apiId: z.string().optional(),
  stage: z.string().optional(),
  error: z.object({ responseType: z.string(), message: z.string() }).optional(),
});

export async function POST(req: Request) {
  try {
    const text = await req.text();
    await authenticate(req, text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw badRequest("Request body must be JSON");
    }
    const parsed = Sample.safeParse(json);
    if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    return Response.json(renderSample(parsed.data));
  } catch (err) {
    return errorResponse(err);
  }
}
