/**
 * SigV4 verification for control-API requests. The signature is recomputed with the AWS SDK's
 * own signer (@smithy/signature-v4) over exactly the headers the client signed, and compared in
 * constant time; only parsing the Authorization header is ours.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { ControlApiError } from "../errors";
import { findAccessKey, type Principal } from "./access-keys";

const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const AUTH_RE = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

function parseAmzDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

export async function verifySigV4(req: Request, body: string, now = Date.now()): Promise<Principal> {
  const authorization = req.headers.get("authorization") ?? "";
  const m = AUTH_RE.exec(authorization.trim());
  if (!m) {
    throw new ControlApiError(
      "IncompleteSignatureException",
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${authorization}`,
    );
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] = m;
  const key = await findAccessKey(accessKeyId);
  if (!key) throw new ControlApiError("UnrecognizedClientException", "The security token included in the request is invalid.");

  const amzDate = req.headers.get("x-amz-date") ?? "";
  const signingDate = parseAmzDate(amzDate);
  if (!signingDate || !amzDate.startsWith(scopeDate)) {
    throw new ControlApiError("IncompleteSignatureException", "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
  }
  if (Math.abs(now - signingDate.getTime()) > MAX_CLOCK_SKEW_MS) {
    throw new ControlApiError("InvalidSignatureException", `Signature expired: ${amzDate} is now earlier or later than the allowed skew of 15 minutes.`);
  }

  // The signer trusts a declared payload hash; make sure it is the hash of the body we got,
  // so a signed request cannot be replayed with another body.
  const declaredHash = req.headers.get("x-amz-content-sha256");
  if (declaredHash !== null && declaredHash !== createHash("sha256").update(body).digest("hex")) {
    throw new ControlApiError("InvalidSignatureException", SIGNATURE_MISMATCH);
  }

  const url = new URL(req.url);
  const signed = signedHeaderList.split(";");
  const headers: Record<string, string> = {};
  for (const name of signed) {
    const value = name === "host" ? (req.headers.get("host") ?? url.host) : req.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) {
    const prev = query[k];
    query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const request = new HttpRequest({
    method: req.method,
    protocol: url.protocol,
    hostname: url.hostname,
    path: url.pathname,
    query,
    headers,
    body,
  });
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: key.secretAccessKey },
    region,
    service,
    sha256: Sha256,
  });
  const resigned = await signer.sign(request, { signingDate, signableHeaders: new Set(signed) });
  const expected = /Signature=([0-9a-f]{64})/.exec(String(resigned.headers.authorization))?.[1] ?? "";
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw new ControlApiError("InvalidSignatureException", SIGNATURE_MISMATCH);
  }
  return { accessKeyId, userName: key.userName };
}
