/**
 * The one typed invocation context of the gateway pipeline. Steps fill it in order (see
 * pipeline.ts); each field says which step sets it.
 */
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import type { CompiledMethod, CompiledStage } from "../deployments/compiled-stage";
import type { GatewayError } from "./errors";
import type { ExecutionLog } from "./execution-log";

/** Multi-valued maps keep every value in arrival order; names of headers are lower-case. */
export type MultiMap = Record<string, string[]>;

export interface GatewayRequest {
  method: string;
  /** Path below the stage, still percent-encoded, always starting with "/". */
  path: string;
  /** The query string as received (without "?"), for pass-through integrations. */
  rawQuery: string;
  /** Decoded query parameters. */
  query: MultiMap;
  headers: MultiMap;
  /** Header names as the caller spelled them (name, value, ...) when there is no socket request (test invokes). */
  rawHeaders?: string[];
  body: Buffer;
  sourceIp: string;
  protocol: string;
}

/** Where the request is aimed, from the URL (host style or path style). */
export interface RequestTarget {
  restApiId: string;
  stageName: string;
}

export interface IntegrationResult {
  statusCode: number;
  headers: MultiMap;
  body: Buffer | Readable;
  /** Passed through unchanged (HTTP_PROXY); otherwise integration responses apply. */
  passthrough: boolean;
  /** What selection patterns match: the status code, or a Lambda error message. */
  selector?: string;
}

export interface GatewayResponse {
  statusCode: number;
  headers: MultiMap;
  body: Buffer | Readable;
}

export interface AuthorizerResult {
  principalId?: string;
  /** Lambda authorizer `context` (string/number/boolean values), or Cognito token claims. */
  context: Record<string, string | number | boolean>;
  claims?: Record<string, unknown>;
  /** Lambda authorizer `usageIdentifierKey` (API key source AUTHORIZER). */
  usageIdentifierKey?: string;
  /** Time the authorizer took (0 on a cache hit), for $context.authorizer.latency/logs. */
  latencyMs: number;
  cached: boolean;
}

/** The stage response cache's part in one request (set by cache-lookup when the method caches). */
export interface ResponseCacheUse {
  key: string;
  ttlSeconds: number;
  /** Answered from the cache: the integration was not called. */
  hit: boolean;
  /** Add AWS's Warning header: the caller's Cache-Control was ignored as unauthorized. */
  warn: boolean;
}

export interface InvocationContext {
  requestId: string;
  extendedRequestId: string;
  /** Epoch ms when the request arrived. */
  requestTimeEpoch: number;
  /** process.hrtime.bigint() at arrival, for latencies. */
  startedAt: bigint;
  target: RequestTarget;
  /** Set by test-invoke (TestInvokeMethod): AWS skips authorization, throttling and the cache. */
  testInvoke?: boolean;
  /** The raw socket request, when serving HTTP; read by parse-request. */
  incoming?: IncomingMessage;
  request: GatewayRequest;
  /** route: the compiled stage being served. */
  stage?: CompiledStage;
  /** route: the matched resource/method and its path parameters. */
  route?: { method: CompiledMethod; pathParameters: Record<string, string> };
  /**
   * authorize: what the method's authorizer returned (Lambda: principalId, context, usage
   * identifier key; Cognito: claims). Read by $context.authorizer.* and the proxy event.
   */
  authorizer?: AuthorizerResult;
  /** cache-lookup: set when the method caches (hit or miss); cache-store reads it. */
  cache?: ResponseCacheUse;
  /** Whether the request was routed to the stage's canary deployment. */
  isCanary: boolean;
  /** Time spent waiting for the integration, when it called a backend. */
  integrationLatencyMs?: number;
  /** The stage variables in effect for this request (stage, or canary overrides). */
  stageVariables: Record<string, string>;
  /** integration-request: what is sent to the integration (type-specific). */
  integrationRequest?: unknown;
  /** invoke-integration: what the integration answered. */
  integrationResult?: IntegrationResult;
  /** integration-response / method-response / gateway-response: what the client gets. */
  response?: GatewayResponse;
  /** HTTP server: bytes of a streamed body without Content-Length, counted for access logs. */
  responseLength?: number;
  error?: GatewayError;
  log: ExecutionLog;
}
