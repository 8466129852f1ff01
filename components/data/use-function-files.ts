"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { consolePath, functionKeys } from "./function-keys";
import type { FunctionFiles } from "./function-types";

/** The text files of a version's code, for the editor. */
export function useFunctionFiles(name: string, qualifier = "$LATEST") {
  return useQuery({
    queryKey: functionKeys.files(name, qualifier),
    queryFn: ({ signal }) => controlApi<FunctionFiles>(`${consolePath(name)}/files`, { query: { qualifier }, signal }),
    staleTime: Infinity,
  });
}
