/**
 * Console-only: GET /api/restapis/{apiId}/deployments → the deployment history, newest first,
 * with who deployed and which stages (and canaries) serve each deployment.
 */
import { authenticate } from "@/app/_server/auth/authenticate";
import { deploymentHistory } from "@/app/_server/control/deployment-history";
import { errorResponse } from "@/app/_server/errors";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: Request, ctx: { params: Promise<{ apiId: string }> }) {
  try {
    await authenticate(req, "");
    const { apiId } = await ctx.params;
    return Response.json(await deploymentHistory(apiId));
  } catch (err) {
    return errorResponse(err);
  }
}
