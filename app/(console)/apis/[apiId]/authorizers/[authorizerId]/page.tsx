import type { Metadata } from "next";
import { requireSession } from "../../../../_lib/session";
import { AuthorizerPageClient } from "./page-client";

export const metadata: Metadata = { title: "Authorizer" };

export default async function AuthorizerPage({ params }: { params: Promise<{ apiId: string; authorizerId: string }> }) {
  await requireSession();
  const { apiId, authorizerId } = await params;
  return <AuthorizerPageClient apiId={apiId} authorizerId={authorizerId} />;
}
