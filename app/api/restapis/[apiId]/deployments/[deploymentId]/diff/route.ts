/**
 * Console-only: GET /api/restapis/{apiId}/deployments/{deploymentId}/diff?to={deploymentId|current}
 * → what changed from the deployment to another one, or to the current undeployed API
 * (the default). Authenticated like the control API (SigV4 or the console's session).
 */
import { authenticate } from "@/app/_server/auth/authenticate";
import { errorResponse } from "@/app/_server/errors";
import { deploymentDiff } from "@/app/_server/snapshot/deployment-diff";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: Request, ctx: { params: Promise<{ apiId: string; deploymentId: string }> }) {
  try {
    await authenticate(req, "");
    const { apiId, deploymentId } = await ctx.params;
    const to = new URL(req.url).searchParams.get("to") || "current";
    return Response.json(await deploymentDiff(apiId, deploymentId, to));
  } catch (err) {
    return errorResponse(err);
  }
}
