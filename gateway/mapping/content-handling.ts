/**
 * Binary payloads: `binaryMediaTypes` matching and the `contentHandling` conversions of AWS's
 * "Content type conversions in API Gateway" tables (request and response side).
 */
import type { ContentHandling } from "../model/api-types";
import { mediaType } from "./select-template";

export type BinaryTypeMatcher = (contentType: string | undefined) => boolean;

/** Compiled once per deployment: exact types, `type/*` wildcards and `*\/*`. */
export function binaryTypeMatcher(binaryMediaTypes: string[]): BinaryTypeMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let all = false;
  for (const raw of binaryMediaTypes) {
    const t = raw.replace(/~1/g, "/").toLowerCase().trim();
    if (t === "*/*") all = true;
    else if (t.endsWith("/*")) prefixes.push(t.slice(0, -1));
    else exact.add(t);
  }
  if (!all && exact.size === 0 && prefixes.length === 0) return () => false;
  return (contentType) => {
    if (!contentType) return false;
    const t = mediaType(contentType);
    return all || exact.has(t) || prefixes.some((p) => t.startsWith(p));
  };
}

/** The first media type of an Accept header is what AWS checks against binaryMediaTypes. */
export function firstAccept(accept: string | undefined): string | undefined {
  return accept?.split(",")[0]?.trim() || undefined;
}

/** Request side: the payload sent to the integration (before a template, when one applies). */
export function convertRequestBody(body: Buffer, isBinary: boolean, handling: ContentHandling | undefined): Buffer {
  if (!isBinary) return handling === "CONVERT_TO_BINARY" ? Buffer.from(body.toString("utf8"), "base64") : body;
  return handling === "CONVERT_TO_TEXT" ? Buffer.from(body.toString("base64"), "utf8") : body;
}

/** Response side: the payload returned to the client. */
export function convertResponseBody(body: Buffer, isBinary: boolean, acceptIsBinary: boolean, handling: ContentHandling | undefined): Buffer {
  if (!isBinary) return handling === "CONVERT_TO_BINARY" ? Buffer.from(body.toString("utf8"), "base64") : body;
  if (handling === "CONVERT_TO_BINARY" || (handling === undefined && acceptIsBinary)) return body;
  return Buffer.from(body.toString("base64"), "utf8");
}
