import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { GatewayResponsesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Gateway responses" };

export default async function GatewayResponsesPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  return <GatewayResponsesPageClient apiId={apiId} />;
}
