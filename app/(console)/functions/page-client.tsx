"use client";
import { Plus, SquareFunction } from "lucide-react";
import { useState } from "react";
import { useFunctions } from "@/components/data/use-functions";
import { CreateFunctionDialog } from "@/components/functions/create-function-dialog";
import { FunctionsTable } from "@/components/functions/functions-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";

export function FunctionsPageClient() {
  const functions = useFunctions();
  const [creating, setCreating] = useState(false);
  const create = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      <Plus /> Create function
    </Button>
  );
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-5 px-6 py-6">
      <PageHeader
        title="Functions"
        description="Node.js functions with Lambda's handler(event, context), for API integrations and Invoke."
        actions={functions.data && functions.data.length > 0 ? create : null}
      />
      {functions.isPending ? (
        <SkeletonRows rows={5} />
      ) : functions.isError ? (
        <ErrorState error={functions.error} title="Could not load your functions" onRetry={() => functions.refetch()} />
      ) : functions.data.length === 0 ? (
        <EmptyState
          icon={<SquareFunction />}
          title="No functions yet"
          description="A function is code that runs for each request an API sends it (AWS_PROXY or AWS integrations), with a memory limit and a timeout, off the gateway's event loop. Start from an API Gateway handler in JavaScript or TypeScript."
          action={create}
        />
      ) : (
        <FunctionsTable functions={functions.data} />
      )}
      <CreateFunctionDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
