"use client";
import { FunctionEditor } from "@/components/functions/function-editor";
import { TestPanel } from "@/components/functions/test-panel";

export function FunctionCodePageClient({ name }: { name: string }) {
  return (
    <div className="grid gap-5 px-6 py-5 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <FunctionEditor name={name} />
      <TestPanel name={name} />
    </div>
  );
}
