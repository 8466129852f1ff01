"use client";
import { useQueries } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { stageKeys } from "./stage-keys";
import type { MetricsResponse } from "./stage-types";

/** Totals per method of a stage over the last `rangeMinutes` (one metrics query per method). */
export function useStageMethodMetrics(
  apiId: string,
  stage: string,
  methods: { resourcePath: string; httpMethod: string }[],
  rangeMinutes: number,
  refreshMs: number | false,
) {
  return useQueries({
    queries: methods.map((m) => ({
      queryKey: stageKeys.metrics(apiId, { stage, range: rangeMinutes, totals: 1, resourcePath: m.resourcePath, httpMethod: m.httpMethod }),
      refetchInterval: refreshMs,
      queryFn: ({ signal }: { signal: AbortSignal }) => {
        const to = Date.now();
        return controlApi<MetricsResponse>("/api/metrics", {
          query: {
            restApiId: apiId,
            stage,
            from: to - rangeMinutes * 60_000,
            to,
            step: Math.max(1, Math.min(1440, rangeMinutes)),
            resourcePath: m.resourcePath,
            // Metrics record the request's verb, so an ANY method is all traffic of its resource.
            httpMethod: m.httpMethod === "ANY" ? undefined : m.httpMethod,
          },
          signal,
        });
      },
    })),
  });
}
