import { ResourcesLayout } from "@/components/resources/resources-layout";
import { requireSession } from "../../../_lib/session";

export default async function ResourcesSectionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ apiId: string }>;
}) {
  await requireSession();
  const { apiId } = await params;
  return <ResourcesLayout apiId={apiId}>{children}</ResourcesLayout>;
}
