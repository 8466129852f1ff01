"use client";
import { toast } from "sonner";
import { useDeleteRestApi } from "@/components/data/use-delete-rest-api";
import type { RestApi } from "@/components/data/types";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export function DeleteApiDialog({
  api,
  open,
  onOpenChange,
  onDeleted,
}: {
  api: Pick<RestApi, "id" | "name">;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDeleted?: () => void;
}) {
  const del = useDeleteRestApi();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete API ${api.name}?`}
      description={
        <>
          This deletes the API <span className="font-medium text-foreground">{api.name}</span> (
          <code className="font-mono text-xs">{api.id}</code>) with all its resources, methods, deployments and
          stages. Its invoke URLs stop answering. This cannot be undone.
        </>
      }
      confirmName={api.name}
      confirmLabel="Delete API"
      onConfirm={async () => {
        await del.mutateAsync(api.id);
        toast.success(`Deleted API ${api.name}`);
        onDeleted?.();
      }}
    />
  );
}
