"use client";
import { useEffect, useState } from "react";
import { newRow, type KeyValueRow } from "@/components/ui/key-value-editor";

/** The sample request a template is rendered against, as the playground edits it. */
export interface PlaygroundSample {
  body: string;
  headers: KeyValueRow[];
  query: string;
  pathParameters: KeyValueRow[];
  stageVariables: KeyValueRow[];
}

/** What the playground knows about where the template runs (the method, or the API for gateway responses). */
export interface PlaygroundContext {
  apiId: string;
  httpMethod?: string;
  resourcePath?: string;
  /** Names of the resource's path parameters, offered as sample path parameters. */
  pathParameters?: string[];
  /** "request" templates read the client's request; "response" templates the backend's answer. */
  side: "request" | "response" | "gateway";
  /** Gateway responses: the error the template describes ($context.error.*). */
  error?: { responseType: string; message: string };
}

interface Stored {
  body: string;
  headers: [string, string][];
  query: string;
  pathParameters: [string, string][];
  stageVariables: [string, string][];
}

const DEFAULT_BODY: Record<PlaygroundContext["side"], string> = {
  request: '{\n  "name": "Rex",\n  "type": "dog",\n  "tags": ["good", "boy"]\n}',
  response: '{\n  "pet": { "id": 7, "name": "Rex" },\n  "items": [1, 2, 3]\n}',
  gateway: "",
};

function defaults(ctx: PlaygroundContext): PlaygroundSample {
  return {
    body: DEFAULT_BODY[ctx.side],
    headers: [newRow("Content-Type", "application/json"), newRow("User-Agent", "curl/8.5.0")],
    query: "",
    pathParameters: (ctx.pathParameters ?? []).map((p) => newRow(p, p === "proxy" ? "a/b" : "7")),
    stageVariables: [],
  };
}

const toPairs = (rows: KeyValueRow[]): [string, string][] => rows.map((r) => [r.key, r.value]);
const fromPairs = (pairs: [string, string][] | undefined): KeyValueRow[] => (pairs ?? []).map(([k, v]) => newRow(k, v));

function storageKey(scope: string) {
  return `archway.playground.${scope}`;
}

/**
 * The playground's sample request for one scope (an API's method, or its gateway responses),
 * kept in localStorage so it survives reloads and is shared by every template of the scope.
 */
export function usePlaygroundSample(scope: string, ctx: PlaygroundContext) {
  const [sample, setSample] = useState<PlaygroundSample>(() => defaults(ctx));
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(storageKey(scope));
      if (raw) {
        const s = JSON.parse(raw) as Stored;
        const path = fromPairs(s.pathParameters);
        // Path parameters the resource has but the stored sample lacks are added.
        for (const p of ctx.pathParameters ?? []) if (!path.some((r) => r.key === p)) path.push(newRow(p, "7"));
        setSample({
          body: s.body ?? "",
          headers: fromPairs(s.headers),
          query: s.query ?? "",
          pathParameters: path,
          stageVariables: fromPairs(s.stageVariables),
        });
      }
    } catch {
      // A broken stored sample is replaced by the defaults.
    }
    setLoaded(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scope]);

  // The resource's path parameters (known once the resources load) always have a row.
  const pathKey = (ctx.pathParameters ?? []).join("/");
  useEffect(() => {
    if (!loaded || !pathKey) return;
    setSample((s) => {
      const missing = pathKey.split("/").filter((p) => !s.pathParameters.some((r) => r.key === p));
      return missing.length ? { ...s, pathParameters: [...s.pathParameters, ...missing.map((p) => newRow(p, p === "proxy" ? "a/b" : "7"))] } : s;
    });
  }, [pathKey, loaded]);

  useEffect(() => {
    if (!loaded) return;
    const stored: Stored = {
      body: sample.body,
      headers: toPairs(sample.headers),
      query: sample.query,
      pathParameters: toPairs(sample.pathParameters),
      stageVariables: toPairs(sample.stageVariables),
    };
    try {
      window.localStorage.setItem(storageKey(scope), JSON.stringify(stored));
    } catch {}
  }, [sample, scope, loaded]);

  return { sample, setSample, reset: () => setSample(defaults(ctx)) };
}

/** A value that follows `value` after it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}
