"use client";
import { StageDetails } from "@/components/stages/stage-details";

export function StagePageClient({ apiId, stageName }: { apiId: string; stageName: string }) {
  return <StageDetails apiId={apiId} stageName={stageName} />;
}
