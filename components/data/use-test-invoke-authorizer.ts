"use client";
import { useMutation } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import type { TestInvokeAuthorizerRequest, TestInvokeAuthorizerResponse } from "./types";

/** TestInvokeAuthorizer: runs the authorizer's function on a simulated request, without deploying. */
export function useTestInvokeAuthorizer(apiId: string, authorizerId: string) {
  return useMutation({
    mutationFn: (request: TestInvokeAuthorizerRequest) =>
      controlApi<TestInvokeAuthorizerResponse>(`/restapis/${seg(apiId)}/authorizers/${seg(authorizerId)}`, { method: "POST", body: { ...request } }),
  });
}
