"use client";
import { useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";
import { fnPath, functionKeys } from "./function-keys";
import type { GetFunctionResponse } from "./function-types";

/** GetFunction ($LATEST): configuration, code location, reserved concurrency. */
export function useFunction(name: string) {
  return useQuery({
    queryKey: functionKeys.fn(name),
    queryFn: ({ signal }) => controlApi<GetFunctionResponse>(fnPath(name), { signal }),
  });
}
