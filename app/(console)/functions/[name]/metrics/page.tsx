import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { FunctionMetricsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Function metrics" };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionMetricsPageClient name={decodeURIComponent(name)} />;
}
