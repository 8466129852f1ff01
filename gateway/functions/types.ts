/** Shapes shared by the function store, the runtime and the integrations. */

/** One version's configuration, as the runtime needs it. */
export interface FunctionVersionConfig {
  functionName: string;
  /** "$LATEST" or a published version number. */
  version: string;
  handler: string;
  runtime: string;
  /** Seconds, 1–900. */
  timeout: number;
  /** MB, 128–10240. */
  memorySize: number;
  environment: Record<string, string>;
  codeSha256: string;
  /** Changes with every configuration or code update of $LATEST. */
  revisionId: string;
}

export interface ResolvedFunction {
  config: FunctionVersionConfig;
  /** Reserved concurrency of the function (all versions together); null when unreserved. */
  reservedConcurrency: number | null;
  /** The version that runs (an alias resolved, with its routing weights applied). */
  executedVersion: string;
  /** The ARN the caller invoked (with its qualifier, if any). */
  invokedArn: string;
}

export interface StoredCode {
  zip: Uint8Array;
  /** Files transpiled from TypeScript when the code was stored: path → JavaScript. */
  build: Record<string, string>;
}

/** Lambda's error document for a failed invocation (Node.js runtime shape). */
export interface FunctionErrorPayload {
  errorType: string;
  errorMessage: string;
  trace?: string[];
  [key: string]: unknown;
}

export interface InvokeOptions {
  /** RequestResponse (default), Event or DryRun. */
  invocationType?: "RequestResponse" | "Event" | "DryRun";
  /** Base64 client context (Invoke's X-Amz-Client-Context). */
  clientContext?: string;
  /** The X-Ray trace header for `_X_AMZN_TRACE_ID`. */
  traceId?: string;
}

export interface InvokeResult {
  /** 200 for RequestResponse, 202 for Event, 204 for DryRun. */
  statusCode: number;
  requestId: string;
  executedVersion: string;
  /** The function's response (JSON text), or its error document. */
  payload: string;
  /** "Unhandled" when the function failed (Node.js reports every function error this way). */
  functionError?: "Unhandled";
  error?: FunctionErrorPayload;
  /** The invocation's log (START … REPORT). */
  log: string;
  durationMs: number;
  initDurationMs?: number;
}
