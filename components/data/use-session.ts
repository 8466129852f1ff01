"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { queryKeys } from "./query-keys";
import type { Session } from "./types";

/** Who is signed in, the region and the gateway's base URL (for invoke URLs). */
export function useSession() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => controlApi<Session>("/api/session", { signal }),
    staleTime: 5 * 60_000,
  });
}
