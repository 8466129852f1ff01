import type { Metadata } from "next";
import { requireSession } from "../_lib/session";
import { FunctionsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Functions" };

export default async function FunctionsPage() {
  await requireSession();
  return <FunctionsPageClient />;
}
