import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentSession } from "@/app/(console)/_lib/session";
import { SignInPageClient } from "./page-client";

export const metadata: Metadata = { title: "Sign in" };

function safeNext(next: string | string[] | undefined): string {
  const v = Array.isArray(next) ? next[0] : next;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/sign-in") ? v : "/apis";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeNext((await searchParams).next);
  if (await currentSession()) redirect(next);
  return <SignInPageClient next={next} />;
}
