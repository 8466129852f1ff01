"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => controlApi<void>("/api/session", { method: "DELETE" }),
    onSettled: () => qc.clear(),
  });
}
