/**
 * The AWS API Gateway REST control API at AWS's own paths (/restapis, /restapis/{id}/resources,
 * ...). Every verb goes to one dispatcher; the route table lives in app/_server/control/routes.ts.
 */
import { dispatch } from "@/app/_server/control/dispatch";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = dispatch;
export const POST = dispatch;
export const PUT = dispatch;
export const PATCH = dispatch;
export const DELETE = dispatch;
