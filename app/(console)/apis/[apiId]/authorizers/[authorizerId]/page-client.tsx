"use client";
import { AuthorizersView } from "@/components/authorizers/authorizers-view";

export function AuthorizerPageClient({ apiId, authorizerId }: { apiId: string; authorizerId: string }) {
  return <AuthorizersView apiId={apiId} authorizerId={authorizerId} />;
}
