import { AppShell } from "@/components/shell/app-shell";
import { requireSession } from "./_lib/session";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const accessKeyId = await requireSession();
  return <AppShell accessKeyId={accessKeyId}>{children}</AppShell>;
}
