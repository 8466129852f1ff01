import { ApiLayout } from "@/components/apis/api-layout";
import { requireSession } from "../../_lib/session";

export default async function ApiSectionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ apiId: string }>;
}) {
  await requireSession();
  const { apiId } = await params;
  return <ApiLayout apiId={apiId}>{children}</ApiLayout>;
}
