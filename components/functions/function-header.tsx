"use client";
import { Ellipsis, Trash } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useDeleteFunction } from "@/components/data/use-delete-function";
import { useFunction } from "@/components/data/use-function";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyableText } from "@/components/ui/copy-button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";

export function FunctionHeader({ name }: { name: string }) {
  const router = useRouter();
  const fn = useFunction(name);
  const del = useDeleteFunction();
  const [deleting, setDeleting] = useState(false);
  const c = fn.data?.Configuration;
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        {c ? (
          <>
            <div className="flex items-center gap-2">
              <h1 className="truncate text-xl font-semibold tracking-tight" data-testid="function-name">
                {c.FunctionName}
              </h1>
              <Badge tone="primary">{c.Runtime}</Badge>
              {fn.data?.Concurrency ? <Badge tone="warning">reserved {fn.data.Concurrency.ReservedConcurrentExecutions}</Badge> : null}
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
              <span className="inline-flex min-w-0 items-center gap-1">
                ARN <CopyableText value={c.FunctionArn} className="text-foreground" />
              </span>
              <span>
                Handler <code className="font-mono text-foreground">{c.Handler}</code>
              </span>
              <span>
                {c.MemorySize} MB · {c.Timeout} s
              </span>
              <span className="inline-flex items-center gap-1">
                Modified <RelativeTime value={c.LastModified} />
              </span>
            </div>
          </>
        ) : (
          <div className="flex flex-col gap-2">
            <Skeleton className="h-7 w-48" />
            <Skeleton className="h-4 w-96" />
          </div>
        )}
      </div>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon" aria-label="More function actions" disabled={!c}>
            <Ellipsis />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem destructive onSelect={() => setDeleting(true)}>
            <Trash /> Delete function
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete function ${name}?`}
        description="Its code, versions, aliases and logs are deleted. APIs that call it answer 500 until they point elsewhere."
        confirmName={name}
        onConfirm={async () => {
          await del.mutateAsync(name);
          toast.success(`Deleted function ${name}`);
          router.push("/functions");
        }}
      />
    </div>
  );
}
