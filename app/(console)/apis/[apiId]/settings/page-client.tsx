"use client";
import { ApiSettings } from "@/components/apis/api-settings";

export function ApiSettingsPageClient({ apiId }: { apiId: string }) {
  return <ApiSettings apiId={apiId} />;
}
