"use client";
import { VersionsPanel } from "@/components/functions/versions-panel";

export function FunctionVersionsPageClient({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-6xl px-6 py-5">
      <VersionsPanel name={name} />
    </div>
  );
}
