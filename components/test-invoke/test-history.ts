"use client";
import { useSyncExternalStore } from "react";
import type { TestInvokeResponse } from "@/components/data/types";

/** What a person entered in the Test panel, enough to replay it. */
export interface TestInput {
  pathParams: Record<string, string>;
  query: string;
  headers: { key: string; value: string }[];
  stageVariables: { key: string; value: string }[];
  body: string;
}

export interface TestRun {
  id: string;
  at: number;
  pathWithQueryString: string;
  input: TestInput;
  response?: TestInvokeResponse;
  error?: string;
}

const STORAGE_KEY = "archway-test-history";
const MAX_PER_METHOD = 20;
type Store = Record<string, TestRun[]>;

let store: Store | null = null;
const listeners = new Set<() => void>();

function load(): Store {
  if (store) return store;
  try {
    store = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "{}") as Store;
  } catch {
    store = {};
  }
  return store;
}

function save() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(store));
  } catch {
    // Quota or private mode: history stays in memory for this page.
  }
  listeners.forEach((l) => l());
}

export const historyKey = (apiId: string, resourceId: string, verb: string) => `${apiId}/${resourceId}/${verb}`;

export function addRun(key: string, run: TestRun) {
  const s = load();
  store = { ...s, [key]: [run, ...(s[key] ?? [])].slice(0, MAX_PER_METHOD) };
  save();
}

export function clearRuns(key: string) {
  const s = load();
  const { [key]: _gone, ...rest } = s;
  store = rest;
  save();
}

const EMPTY: TestRun[] = [];

/** Earlier test requests of one method, newest first, kept for this browser session. */
export function useTestHistory(key: string): TestRun[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => load()[key] ?? EMPTY,
    () => EMPTY,
  );
}
