import { FunctionLayout } from "@/components/functions/function-layout";
import { requireSession } from "../../_lib/session";

export default async function FunctionSectionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ name: string }> }) {
  await requireSession();
  const { name } = await params;
  return <FunctionLayout name={decodeURIComponent(name)}>{children}</FunctionLayout>;
}
