"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { functionKeys } from "./function-keys";
import type { FunctionConfiguration } from "./function-types";

/** Every function ($LATEST), following NextMarker. */
export function useFunctions() {
  return useQuery({
    queryKey: functionKeys.all,
    queryFn: async ({ signal }) => {
      const all: FunctionConfiguration[] = [];
      let marker: string | undefined;
      for (let i = 0; i < 50; i++) {
        const res = await controlApi<{ Functions: FunctionConfiguration[]; NextMarker?: string }>("/2015-03-31/functions", {
          query: { MaxItems: 1000, Marker: marker },
          signal,
        });
        all.push(...res.Functions);
        if (!res.NextMarker) break;
        marker = res.NextMarker;
      }
      return all;
    },
  });
}
