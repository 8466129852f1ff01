"use client";
import { useMutation } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import type { TestInvokeRequest, TestInvokeResponse } from "./types";

/** POST .../methods/{verb}: runs the method through the gateway pipeline without deploying. */
export function useTestInvoke(apiId: string, resourceId: string, verb: string) {
  return useMutation({
    mutationFn: (request: TestInvokeRequest) =>
      controlApi<TestInvokeResponse>(`/restapis/${seg(apiId)}/resources/${seg(resourceId)}/methods/${seg(verb)}`, {
        method: "POST",
        body: { ...request },
      }),
  });
}
