"use client";
import type { GatewayResponseType } from "@/components/data/use-gateway-responses";
import { GatewayResponsesView } from "@/components/gateway-responses/gateway-responses-view";

export function GatewayResponsePageClient({ apiId, type }: { apiId: string; type: GatewayResponseType }) {
  return <GatewayResponsesView apiId={apiId} type={type} />;
}
