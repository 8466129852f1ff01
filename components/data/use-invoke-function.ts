"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ControlApiError } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { InvokeResult } from "./function-types";

function decodeBase64(b64: string): string {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** Lambda's Invoke (RequestResponse, log tail requested); reads the answer's headers too. */
export function useInvokeFunction(name: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ payload, qualifier }: { payload: string; qualifier?: string }): Promise<InvokeResult> => {
      const started = performance.now();
      const url = `${fnPath(name)}/invocations${qualifier ? `?Qualifier=${encodeURIComponent(qualifier)}` : ""}`;
      let res: Response;
      try {
        res = await fetch(url, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json", "x-amz-log-type": "Tail" }, body: payload, cache: "no-store" });
      } catch {
        throw new ControlApiError(0, "NetworkError", "Archway's server could not be reached. Check that it is running.");
      }
      const text = await res.text();
      if (!res.ok) {
        let message = text;
        try {
          const parsed = JSON.parse(text);
          message = parsed.message ?? parsed.Message ?? text;
        } catch {
          // not JSON
        }
        throw new ControlApiError(res.status, (res.headers.get("x-amzn-ErrorType") ?? "Error").split(":")[0], message);
      }
      const log = res.headers.get("x-amz-log-result");
      return {
        statusCode: res.status,
        functionError: res.headers.get("x-amz-function-error") ?? undefined,
        executedVersion: res.headers.get("x-amz-executed-version") ?? undefined,
        payload: text,
        log: log ? decodeBase64(log) : "",
        requestId: res.headers.get("x-amzn-requestid") ?? "",
        elapsedMs: Math.round(performance.now() - started),
      };
    },
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ["functions", name, "logs"] });
    },
  });
}
