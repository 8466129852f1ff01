/**
 * The AWS control API's tagging operations at AWS's paths: GET/PUT/DELETE /tags/{resource_arn}
 * (GetTags, TagResource, UntagResource). Same dispatcher and route table as /restapis.
 */
import { dispatch } from "@/app/_server/control/dispatch";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = dispatch;
export const PUT = dispatch;
export const DELETE = dispatch;
