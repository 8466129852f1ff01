import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { AuthorizersPageClient } from "./page-client";

export const metadata: Metadata = { title: "Authorizers" };

export default async function AuthorizersPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  return <AuthorizersPageClient apiId={apiId} />;
}
