"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { stageKeys } from "./stage-keys";
import type { MetricsResponse } from "./stage-types";

export interface StageMetricsQuery {
  apiId: string;
  stage?: string;
  /** Minutes back from now. */
  rangeMinutes: number;
  stepMinutes: number;
  splitCanary?: boolean;
  resourcePath?: string;
  httpMethod?: string;
  /** Refetch every this many ms (the window slides with it); false for none. */
  refreshMs: number | false;
  enabled?: boolean;
}

/** Request metrics of an API's stage (optionally one method), optionally split base vs canary. */
export function useStageMetrics(q: StageMetricsQuery) {
  const params = {
    stage: q.stage,
    range: q.rangeMinutes,
    step: q.stepMinutes,
    split: q.splitCanary ? "canary" : undefined,
    resourcePath: q.resourcePath,
    httpMethod: q.httpMethod,
  };
  return useQuery({
    queryKey: stageKeys.metrics(q.apiId, params),
    enabled: q.enabled ?? true,
    refetchInterval: q.refreshMs,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      const to = Date.now();
      return controlApi<MetricsResponse>("/api/metrics", {
        query: {
          restApiId: q.apiId,
          stage: q.stage,
          from: to - q.rangeMinutes * 60_000,
          to,
          step: q.stepMinutes,
          split: params.split,
          resourcePath: q.resourcePath,
          httpMethod: q.httpMethod,
        },
        signal,
      });
    },
  });
}
