import type { Metadata } from "next";
import { requireSession } from "../../../_lib/session";
import { FunctionConfigurationPageClient } from "./page-client";

export const metadata: Metadata = { title: "Function configuration" };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionConfigurationPageClient name={decodeURIComponent(name)} />;
}
