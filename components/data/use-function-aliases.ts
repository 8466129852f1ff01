"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { AliasConfiguration } from "./function-types";

export function useFunctionAliases(name: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: functionKeys.aliases(name),
    queryFn: async ({ signal }) => (await controlApi<{ Aliases: AliasConfiguration[] }>(`${fnPath(name)}/aliases`, { query: { MaxItems: 1000 }, signal })).Aliases,
  });
}
