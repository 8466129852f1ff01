"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { FunctionConfiguration } from "./function-types";

export function useFunctionVersions(name: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: functionKeys.versions(name),
    queryFn: async ({ signal }) => {
      const all: FunctionConfiguration[] = [];
      let marker: string | undefined;
      for (let i = 0; i < 50; i++) {
        const res = await controlApi<{ Versions: FunctionConfiguration[]; NextMarker?: string }>(`${fnPath(name)}/versions`, { query: { MaxItems: 1000, Marker: marker }, signal });
        all.push(...res.Versions);
        if (!res.NextMarker) break;
        marker = res.NextMarker;
      }
      return all;
    },
  });
}
