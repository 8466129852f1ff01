import { requireSession } from "../../../../_lib/session";
import { ResourcePageClient } from "./page-client";

export default async function ResourcePage({ params }: { params: Promise<{ apiId: string; resourceId: string }> }) {
  await requireSession();
  const { apiId, resourceId } = await params;
  return <ResourcePageClient apiId={apiId} resourceId={resourceId} />;
}
