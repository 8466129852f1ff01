"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";

// The request and answer shapes are the gateway's own (pure types, no runtime import).
export type { PlaygroundSample as RenderSample, PlaygroundResult as RenderResult } from "@/gateway/mapping/playground";
import type { PlaygroundSample as RenderSample, PlaygroundResult as RenderResult } from "@/gateway/mapping/playground";

/**
 * Renders a mapping template against a sample request with the gateway's own engine. Pass the
 * debounced sample; the previous result stays on screen while the next one renders.
 */
export function useRenderTemplate(sample: RenderSample | null) {
  return useQuery({
    queryKey: ["mapping-template-render", sample] as const,
    enabled: !!sample,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
    queryFn: ({ signal }) =>
      controlApi<RenderResult>("/api/mapping-templates/render", { method: "POST", body: sample as unknown as Record<string, unknown>, signal }),
  });
}
