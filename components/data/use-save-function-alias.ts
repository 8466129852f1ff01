"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { AliasConfiguration } from "./function-types";

export interface SaveAliasInput {
  name: string;
  functionVersion: string;
  description?: string;
  /** The second version and its share of traffic (0..1), or none. */
  additional?: { version: string; weight: number } | null;
  create: boolean;
}

/** CreateAlias or UpdateAlias (RoutingConfig weights included). */
export function useSaveFunctionAlias(fn: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAliasInput) => {
      const body = {
        FunctionVersion: input.functionVersion,
        Description: input.description ?? "",
        RoutingConfig: { AdditionalVersionWeights: input.additional ? { [input.additional.version]: input.additional.weight } : {} },
      };
      return input.create
        ? controlApi<AliasConfiguration>(`${fnPath(fn)}/aliases`, { method: "POST", body: { Name: input.name, ...body } })
        : controlApi<AliasConfiguration>(`${fnPath(fn)}/aliases/${encodeURIComponent(input.name)}`, { method: "PUT", body });
    },
    onSuccess: (alias) => {
      qc.setQueryData<AliasConfiguration[]>(functionKeys.aliases(fn), (old) => (old ? [...old.filter((a) => a.Name !== alias.Name), alias].sort((a, b) => a.Name.localeCompare(b.Name)) : old));
    },
  });
}
