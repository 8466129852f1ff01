import { notFound } from "next/navigation";
import { requireSession } from "../../../../../../_lib/session";
import { MethodPageClient } from "./page-client";

const VERBS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]);

export default async function MethodPage({
  params,
}: {
  params: Promise<{ apiId: string; resourceId: string; verb: string }>;
}) {
  await requireSession();
  const { apiId, resourceId, verb } = await params;
  const v = verb.toUpperCase();
  if (!VERBS.has(v)) notFound();
  return <MethodPageClient apiId={apiId} resourceId={resourceId} verb={v} />;
}
