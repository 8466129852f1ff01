"use client";
import { GatewayResponsesView } from "@/components/gateway-responses/gateway-responses-view";

export function GatewayResponsesPageClient({ apiId }: { apiId: string }) {
  return <GatewayResponsesView apiId={apiId} />;
}
