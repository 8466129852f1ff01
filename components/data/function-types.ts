/** Lambda API shapes the console reads (field names as in @aws-sdk/client-lambda). */
import type { AliasConfiguration, FunctionConfiguration } from "@/gateway/model/lambda-types";

export type { AliasConfiguration, FunctionConfiguration };

export interface GetFunctionResponse {
  Configuration: FunctionConfiguration;
  Code: { RepositoryType: string; Location: string };
  Tags?: Record<string, string>;
  Concurrency?: { ReservedConcurrentExecutions: number };
}


export interface FunctionFiles {
  version: string;
  handler: string;
  codeSha256: string;
  files: Record<string, string>;
}

export interface InvokeResult {
  statusCode: number;
  functionError?: string;
  executedVersion?: string;
  payload: string;
  log: string;
  requestId: string;
  /** Round trip in the browser, ms. */
  elapsedMs: number;
}

export interface FunctionLogEvent {
  id: number;
  requestId: string;
  version: string;
  timestamp: number;
  durationMs: number;
  initMs: number | null;
  error: string | null;
  text: string;
}

export interface FunctionMetricPoint {
  time: number;
  invocations: number;
  errors: number;
  throttles: number;
  coldStarts: number;
  p50: number | null;
  p99: number | null;
  avg: number | null;
}

export interface FunctionMetrics {
  stepMinutes: number;
  points: FunctionMetricPoint[];
  totals: FunctionMetricPoint;
}

export interface SavedTestEvent {
  name: string;
  event: string;
}
