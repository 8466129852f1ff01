"use client";
import { Layers, ListTree } from "lucide-react";
import { usePathname } from "next/navigation";
import { LinkTabs } from "@/components/ui/tabs";
import { ApiHeader } from "./api-header";

/** An API's frame: the header (name, id, type, Deploy) and its tabs; each tab has its own URL. */
export function ApiLayout({ apiId, children }: { apiId: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const base = `/apis/${apiId}`;
  return (
    <div className="flex h-full flex-col">
      <div className="shrink-0 border-b border-border bg-background px-6 pt-4">
        <ApiHeader apiId={apiId} />
        <LinkTabs
          className="mt-3 border-b-0"
          items={[
            {
              href: `${base}/resources`,
              label: "Resources",
              icon: <ListTree />,
              active: pathname.startsWith(`${base}/resources`),
            },
            { href: `${base}/stages`, label: "Stages", icon: <Layers />, active: pathname.startsWith(`${base}/stages`) },
          ]}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
    </div>
  );
}
