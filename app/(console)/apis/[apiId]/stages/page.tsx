import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { StagesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Stages" };

export default async function StagesPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  return <StagesPageClient apiId={apiId} />;
}
