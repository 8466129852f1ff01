/** Shared helpers of the control-API suite: SDK clients, raw signed requests, the revision counter. */
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import Database from "better-sqlite3";
import type {} from "./setup";

export const REGION = "us-east-1";

export const controlApiUrl = () => globalThis.controlApi.url;
const rootCredentials = () => ({ accessKeyId: globalThis.controlApi.accessKeyId, secretAccessKey: globalThis.controlApi.secretAccessKey });

export function client(credentials?: { accessKeyId: string; secretAccessKey: string }): APIGatewayClient {
  return new APIGatewayClient({
    endpoint: controlApiUrl(),
    region: REGION,
    credentials: credentials ?? rootCredentials(),
    maxAttempts: 1,
  });
}

/** A raw HTTP request to the control API, SigV4-signed with the suite's root key unless `sign` is false. */
export async function raw(
  method: string,
  path: string,
  body?: string,
  options: { sign?: boolean; headers?: Record<string, string>; sendBody?: string } = {},
): Promise<{ status: number; errorType: string | null; json: Record<string, unknown> | null; text: string }> {
  const url = new URL(path, controlApiUrl());
  const headers: Record<string, string> = { host: url.host, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...options.headers };
  if (options.sign !== false) {
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (query[k] = v));
    const signer = new SignatureV4({
      credentials: rootCredentials(),
      region: REGION,
      service: "apigateway",
      sha256: Sha256,
    });
    // Like the SDK: the signer adds the payload hash as x-amz-content-sha256, a signed header.
    const signed = await signer.sign(
      new HttpRequest({ method, protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: url.pathname, query, headers, body }),
    );
    Object.assign(headers, signed.headers);
  }
  delete headers.host;
  const res = await fetch(url, { method, headers, body: options.sendBody ?? body });
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, errorType: res.headers.get("x-amzn-errortype"), json, text };
}

/** Reads Meta.gateway_revision straight from the suite's SQLite file (0 when unset). */
export function gatewayRevision(): number {
  const db = new Database(globalThis.controlApi.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT value FROM Meta WHERE key = 'gateway_revision'").get() as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  } finally {
    db.close();
  }
}

/** Runs `fn`, expecting it to reject with an SDK exception of class `type`; returns the error. */
export async function expectAwsError(fn: () => Promise<unknown>, type: string, status?: number): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await fn();
  } catch (err) {
    const e = err as Error & { name: string; $metadata?: { httpStatusCode?: number } };
    if (e.name !== type) throw new Error(`expected ${type}, got ${e.name}: ${e.message}`);
    if (status !== undefined && e.$metadata?.httpStatusCode !== status) {
      throw new Error(`expected HTTP ${status} for ${type}, got ${e.$metadata?.httpStatusCode}`);
    }
    return e;
  }
  throw new Error(`expected ${type}, but the call succeeded`);
}

/** The snapshot JSON a deployment froze, read straight from the suite's SQLite file. */
export function deploymentSnapshot(deploymentId: string): Record<string, any> {
  const db = new Database(globalThis.controlApi.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT snapshot FROM Deployment WHERE id = ?").get(deploymentId) as { snapshot: string } | undefined;
    if (!row) throw new Error(`no deployment ${deploymentId}`);
    return JSON.parse(row.snapshot);
  } finally {
    db.close();
  }
}
