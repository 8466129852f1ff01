import type { RequestTarget } from "../runtime/context";

/**
 * Splits a request URL into (api, stage, path) for both invoke URL styles:
 * host style `{apiId}.execute-api.{domain}/{stage}/{path}` and path style
 * `/restapis/{apiId}/{stage}/_user_request_/{path}`.
 */
export function parseTarget(host: string | undefined, rawPath: string): { target: RequestTarget; path: string } | null {
  const pathStyle = /^\/restapis\/([^/]+)\/([^/]+)\/_user_request_(\/.*)?$/.exec(rawPath);
  if (pathStyle) return { target: { restApiId: pathStyle[1], stageName: pathStyle[2] }, path: pathStyle[3] || "/" };
  const apiId = /^([a-z0-9]+)\.execute-api\./i.exec(host ?? "")?.[1];
  if (!apiId) return null;
  const m = /^\/([^/]+)(\/.*)?$/.exec(rawPath);
  if (!m) return null;
  return { target: { restApiId: apiId.toLowerCase(), stageName: decodeURIComponent(m[1]) }, path: m[2] || "/" };
}
