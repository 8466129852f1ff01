import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { FunctionVersionsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Versions & aliases" };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionVersionsPageClient name={decodeURIComponent(name)} />;
}
