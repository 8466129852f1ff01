/**
 * The Lambda API at AWS's paths (and the console's function endpoints under /api/functions).
 * Every verb goes to one dispatcher; the route table is app/_server/functions/routes.ts.
 */
import { dispatchLambda } from "@/app/_server/functions/dispatch";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = dispatchLambda;
export const POST = dispatchLambda;
export const PUT = dispatchLambda;
export const DELETE = dispatchLambda;
