"use client";
import { ConfigurationPanel } from "@/components/functions/configuration-panel";

export function FunctionConfigurationPageClient({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-6xl px-6 py-5">
      <ConfigurationPanel name={name} />
    </div>
  );
}
