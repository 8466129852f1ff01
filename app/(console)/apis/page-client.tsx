"use client";
import { Network, Plus } from "lucide-react";
import { useState } from "react";
import { ApisTable } from "@/components/apis/apis-table";
import { CreateApiDialog } from "@/components/apis/create-api-dialog";
import { useRestApis } from "@/components/data/use-rest-apis";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";

export function ApisPageClient() {
  const apis = useRestApis();
  const [creating, setCreating] = useState(false);

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-5 px-6 py-6">
      <PageHeader
        title="APIs"
        description="REST APIs: resources and methods you design here, deployed to stages the gateway serves."
        actions={
          apis.data && apis.data.length > 0 ? (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus /> Create API
            </Button>
          ) : null
        }
      />
      {apis.isPending ? (
        <SkeletonRows rows={5} />
      ) : apis.isError ? (
        <ErrorState error={apis.error} title="Could not load your APIs" onRetry={() => apis.refetch()} />
      ) : apis.data.length === 0 ? (
        <EmptyState
          icon={<Network />}
          title="No APIs yet"
          description="An API is a tree of resources (paths like /pets/{petId}) with methods that call an integration: a mock, an HTTP backend or a function. Create one to get started."
          action={
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus /> Create API
            </Button>
          }
        />
      ) : (
        <ApisTable apis={apis.data} />
      )}
      <CreateApiDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
