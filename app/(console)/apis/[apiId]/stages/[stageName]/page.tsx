import { requireSession } from "../../../../_lib/session";
import { StagePageClient } from "./page-client";

export default async function StagePage({ params }: { params: Promise<{ apiId: string; stageName: string }> }) {
  await requireSession();
  const { apiId, stageName } = await params;
  return <StagePageClient apiId={apiId} stageName={decodeURIComponent(stageName)} />;
}
