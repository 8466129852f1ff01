import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { ResourcesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Resources" };

export default async function ResourcesPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  return <ResourcesPageClient apiId={apiId} />;
}
