"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { queryKeys } from "./query-keys";

export interface SignInInput {
  accessKeyId: string;
  secretAccessKey: string;
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      controlApi<{ accessKeyId: string; userName: string }>("/api/session", { method: "POST", body: { ...input } }),
    onSuccess: () => {
      qc.clear();
      qc.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}
