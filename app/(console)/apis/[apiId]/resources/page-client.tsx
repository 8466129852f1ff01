"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useResources } from "@/components/data/use-resources";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";

/** /apis/{id}/resources selects the root resource, so the selection has its own URL. */
export function ResourcesPageClient({ apiId }: { apiId: string }) {
  const router = useRouter();
  const resources = useResources(apiId);
  const root = resources.data?.find((r) => r.path === "/");
  useEffect(() => {
    if (root) router.replace(`/apis/${apiId}/resources/${root.id}`);
  }, [root, apiId, router]);
  if (resources.isError) {
    return (
      <div className="p-6">
        <ErrorState error={resources.error} title="Could not load resources" onRetry={() => resources.refetch()} />
      </div>
    );
  }
  if (resources.isSuccess && !root) {
    return <p className="p-6 text-sm text-muted-foreground">This API has no root resource.</p>;
  }
  return (
    <div className="flex flex-col gap-3 p-6">
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
