"use client";
import { ResourceDetails } from "@/components/resources/resource-details";

export function ResourcePageClient({ apiId, resourceId }: { apiId: string; resourceId: string }) {
  return <ResourceDetails apiId={apiId} resourceId={resourceId} />;
}
