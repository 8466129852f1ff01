import type { Metadata } from "next";
import { requireSession } from "../../_lib/session";
import { FunctionCodePageClient } from "./page-client";

export const metadata: Metadata = { title: "Function" };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionCodePageClient name={decodeURIComponent(name)} />;
}
