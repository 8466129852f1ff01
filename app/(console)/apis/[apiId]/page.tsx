import { redirect } from "next/navigation";
import { requireSession } from "../../_lib/session";

export default async function ApiPage({ params }: { params: Promise<{ apiId: string }> }) {
  await requireSession();
  const { apiId } = await params;
  redirect(`/apis/${apiId}/resources`);
}
