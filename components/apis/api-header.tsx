"use client";
import { Ellipsis, Pencil, Rocket, Trash } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DeployDialog } from "@/components/deploy/deploy-dialog";
import { useRestApi } from "@/components/data/use-rest-api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyableText } from "@/components/ui/copy-button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import { DeleteApiDialog } from "./delete-api-dialog";
import { RenameApiDialog } from "./rename-api-dialog";

export function ApiHeader({ apiId }: { apiId: string }) {
  const router = useRouter();
  const api = useRestApi(apiId);
  const [deploying, setDeploying] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [renaming, setRenaming] = useState(false);

  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        {api.data ? (
          <>
            <div className="flex items-center gap-2">
              <h1 className="truncate text-xl font-semibold tracking-tight" data-testid="api-name">
                {api.data.name}
              </h1>
              <Badge tone="primary">REST</Badge>
            </div>
            <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted-foreground">
              <span className="inline-flex items-center gap-1">
                ID <CopyableText value={api.data.id} className="text-foreground" />
              </span>
              <span>
                Endpoint <span className="text-foreground">{api.data.endpointConfiguration?.types?.join(", ") || "REGIONAL"}</span>
              </span>
              <span className="inline-flex items-center gap-1">
                Created <RelativeTime value={api.data.createdDate} />
              </span>
              {api.data.description ? <span className="max-w-md truncate">{api.data.description}</span> : null}
            </div>
          </>
        ) : (
          <div className="flex flex-col gap-2">
            <Skeleton className="h-7 w-48" />
            <Skeleton className="h-4 w-72" />
          </div>
        )}
      </div>
      <div className="flex items-center gap-2">
        <Button variant="primary" onClick={() => setDeploying(true)} disabled={!api.data}>
          <Rocket /> Deploy
        </Button>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="icon" aria-label="More API actions" disabled={!api.data}>
              <Ellipsis />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent>
            <DropdownMenuItem onSelect={() => setRenaming(true)}>
              <Pencil /> Rename API
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem destructive onSelect={() => setDeleting(true)}>
              <Trash /> Delete API
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      {api.data ? (
        <>
          <DeployDialog apiId={apiId} open={deploying} onOpenChange={setDeploying} />
          <DeleteApiDialog
            api={api.data}
            open={deleting}
            onOpenChange={setDeleting}
            onDeleted={() => router.push("/apis")}
          />
          <RenameApiDialog api={api.data} open={renaming} onOpenChange={setRenaming} />
        </>
      ) : null}
    </div>
  );
}
