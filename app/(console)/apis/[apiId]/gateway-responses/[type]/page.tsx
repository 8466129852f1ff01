import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isResponseType } from "@/components/gateway-responses/response-types";
import { requireSession } from "../../../../_lib/session";
import { GatewayResponsePageClient } from "./page-client";

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }): Promise<Metadata> {
  const { type } = await params;
  return { title: `${type} · Gateway responses` };
}

export default async function GatewayResponsePage({ params }: { params: Promise<{ apiId: string; type: string }> }) {
  await requireSession();
  const { apiId, type } = await params;
  const t = type.toUpperCase();
  if (!isResponseType(t)) notFound();
  return <GatewayResponsePageClient apiId={apiId} type={t} />;
}
