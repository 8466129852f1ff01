"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { controlApi } from "./control-api";

/** A sample request for the template playground (POST /api/mapping-templates/render). */
export interface RenderSample {
  template: string;
  body?: string;
  headers?: Record<string, string>;
  queryString?: string;
  pathParameters?: Record<string, string>;
  stageVariables?: Record<string, string>;
  httpMethod?: string;
  resourcePath?: string;
  apiId?: string;
  stage?: string;
  /** Gateway response templates: the error `$context.error.*` describes. */
  error?: { responseType: string; message: string };
}

export interface RenderOverrides {
  status?: number;
  responseHeaders?: Record<string, string>;
  requestHeaders?: Record<string, string>;
  requestQuerystring?: Record<string, string>;
  requestPath?: Record<string, string>;
}

export type RenderResult =
  | { ok: true; output: string; overrides?: RenderOverrides }
  | { ok: false; phase: "compile" | "render"; message: string; line?: number; column?: number };

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
