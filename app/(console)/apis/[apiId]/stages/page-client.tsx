"use client";
import { StagesList } from "@/components/stages/stages-list";

export function StagesPageClient({ apiId }: { apiId: string }) {
  return <StagesList apiId={apiId} />;
}
