import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { FunctionLogsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Function logs" };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionLogsPageClient name={decodeURIComponent(name)} />;
}
