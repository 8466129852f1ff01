"use client";
import { AuthorizersView } from "@/components/authorizers/authorizers-view";

export function AuthorizersPageClient({ apiId }: { apiId: string }) {
  return <AuthorizersView apiId={apiId} />;
}
