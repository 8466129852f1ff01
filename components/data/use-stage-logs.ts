"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { controlApi, seg } from "./control-api";
import { queryKeys } from "./query-keys";
import type { StageLogEntry, StageLogsPage } from "@/gateway/model/log-types";

export interface StageLogsFilter {
  kind: "execution" | "access";
  canary: boolean;
  requestId?: string;
  /** "4xx", "5xx", "error" or a status code. */
  status?: string;
  q?: string;
}

/** A stage's logs, newest first, one entry per request; polled every 2 s while `live`. */
export function useStageLogs(apiId: string, stageName: string, filter: StageLogsFilter, live: boolean) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.stage(apiId, stageName), "logs", filter] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      controlApi<StageLogsPage>(`/api/restapis/${seg(apiId)}/stages/${seg(stageName)}/logs`, {
        query: { kind: filter.kind, canary: filter.canary ? 1 : 0, requestId: filter.requestId, status: filter.status, q: filter.q, cursor: pageParam, limit: 50 },
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: live ? 2000 : false,
    placeholderData: keepPreviousData,
  });
}

export type { StageLogEntry, StageLogsPage };
