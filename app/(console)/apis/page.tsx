import type { Metadata } from "next";
import { requireSession } from "../_lib/session";
import { ApisPageClient } from "./page-client";

export const metadata: Metadata = { title: "APIs" };

export default async function ApisPage() {
  await requireSession();
  return <ApisPageClient />;
}
