import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { ApiSettingsPageClient } from "./page-client";

export const metadata: Metadata = { title: "API settings" };

export default async function ApiSettingsPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  return <ApiSettingsPageClient apiId={apiId} />;
}
